"""``clippings recover``: a table without rowid (``minhash_bands``, ``frontier``),
copied past its damaged stretches.

Such a table is a b-tree of its key, with no rowid to probe: it is read in its key's
order by seeks on the key (``k1 = ? AND k2 > ?``, then ``k1 > ?``: each a search
of the key, none a scan from the table's start), forward from its first row up to
the first damage, then backward from its last row down to the last damage. Between
the two (a gap: the rows of some damaged pages, maybe of sound pages between them)
positions are probed, a probe whose seek lands on a sound page finding a stretch of
readable rows, read forward and backward to its damage, the gaps on either side
probed in turn; at most :data:`PROBES` probes a gap:

- between two keys, the first column they differ in is halved (an integer's
  midpoint; a text's or a blob's as a fraction of its characters past the prefix
  the two share, over the runs of characters they hold: "0167" and "0251" halve
  to "02", "019"...); between two integers in a row (crawl 1 and crawl 2), each
  group is split where the other's key would fall in it (a crawl's URLs are like
  the next one's);
- from a known key towards an open end (the table's start or end, a group's),
  distances doubling in the last column's units (1, 2, 4, ...: halving from an
  open end lands nowhere near the keys), then halving between each two probes.

What is left is named by the copied keys around it ("rows between keys (1,
'https://…/a') and (1, 'https://…/b')"). A key b-tree keeps rows in its inner pages
too, one between each two leaves: where two leaves side by side are damaged, the
row between them is found only by a seek to its very key, which no probe knows, and
is left out with them. A key that sorts otherwise than plainly (a ``DESC`` column, a
collation other than ``BINARY``) is read up to its first damage only.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

#: Rows read per query.
BATCH = 500
#: Probes spent looking for readable rows inside one gap.
PROBES = 512
LOWEST, HIGHEST = -(2**63), 2**63 - 1
#: Doublings of a distance from a text (a blob) towards an open end: its last four
#: characters or so (a URL's number, its slug's end).
_MAX_POWER = 24
#: Probes halving between two probes of a doubling chain (:func:`readable_towards`).
_PAIR_PROBES = 8
#: Runs of characters a key's character stands for, all of its run: halving
#: between "0167" and "0251" may land on "0199".
_CLASSES = ((ord("0"), ord("9")), (ord("a"), ord("z")), (ord("A"), ord("Z")))
#: The characters (bytes) a text (blob) key is halved over where neither end holds any.
_TEXT, _BYTES = (0x20, 0x7E), (0, 255)
_SHOWN = 60

Key = tuple[object, ...]
Row = tuple[object, ...]


class _Bound:
    """Below (``low``) or above every value of a key column."""

    def __init__(self, low: bool) -> None:
        self.low = low

    def __repr__(self) -> str:
        return "-inf" if self.low else "+inf"


LOW, HIGH = _Bound(True), _Bound(False)
DAMAGED = object()


def rank(value: object) -> tuple[int, object]:
    """A value's place in SQLite's order: NULL, numbers, text (its UTF-8 bytes'
    order is its characters'), blobs."""
    if value is None:
        return 0, 0
    if isinstance(value, (int, float)):
        return 1, value
    if isinstance(value, str):
        return 2, value
    return 3, bytes(value)  # type: ignore[call-overload]


def order(key: Key) -> tuple[tuple[int, object], ...]:
    return tuple(rank(value) for value in key)


def key_columns(source: sqlite3.Connection, table: str) -> list[str] | None:
    """The table's key columns in the key's order; None when the key sorts
    otherwise than plainly (a DESC column, a collation other than BINARY)."""
    found = source.execute("SELECT name FROM pragma_index_list(?) WHERE origin = 'pk'", [table]).fetchone()
    if found is None:
        return None
    info = source.execute("SELECT name, desc, coll FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno",
                          [found[0]]).fetchall()
    if not info or any(desc or str(coll or "BINARY").upper() != "BINARY" for _, desc, coll in info):
        return None
    return [name for name, _, _ in info]


def affinity(declared: str) -> type:
    """The kind of value a column of the ``declared`` type holds (SQLite's rules of
    affinity, datatype3.html 3.1)."""
    if "INT" in declared:
        return int
    if any(word in declared for word in ("CHAR", "CLOB", "TEXT")):
        return str
    if "BLOB" in declared or not declared:
        return bytes
    if any(word in declared for word in ("REAL", "FLOA", "DOUB")):
        return float
    return int


def shown_key(key: Key) -> str:
    values = []
    for value in key:
        text = repr(value)
        values.append(text if len(text) <= _SHOWN else text[:_SHOWN - 1] + "…")
    return f"({', '.join(values)})"


def stretch_name(low: Key | None, high: Key | None) -> str:
    """The rows left out between two copied keys (None: the table's start, its end)."""
    if low is None and high is None:
        return "every row"
    if low is None:
        return f"rows before key {shown_key(high)}"  # type: ignore[arg-type]
    if high is None:
        return f"rows after key {shown_key(low)}"
    return f"rows between keys {shown_key(low)} and {shown_key(high)}"


@dataclass
class KeyedReader:
    """Reads ``table``'s rows by seeks on its key columns ``keys`` (positions in the
    selected ``columns``), handing each run of rows to ``keep``."""

    source: sqlite3.Connection
    table: str
    columns: list[str]
    keys: list[str]
    keep: Callable[[list[Row]], None]
    in_use: Callable[[sqlite3.DatabaseError], bool]
    at: list[int] = field(init=False)
    kinds: list[type] = field(init=False)
    """Each key column's kind of value by its declared type (SQLite's affinity rules)."""

    def __post_init__(self) -> None:
        self.at = [self.columns.index(name) for name in self.keys]
        declared = {row[1]: str(row[2]).upper() for row in
                    self.source.execute(f"PRAGMA table_xinfo({self.table_name})")}
        self.kinds = [affinity(declared.get(name, "")) for name in self.keys]

    def key(self, row: Row) -> Key:
        return tuple(row[index] for index in self.at)

    def step(self, position: Key, inclusive: bool, descending: bool, limit: int) -> tuple[list[Row], bool]:
        """Up to ``limit`` rows from ``position`` (a key or a prefix of one) on, in the
        key's order or against it; and whether the table may go on past them."""
        quoted = ['"' + name.replace('"', '""') + '"' for name in self.keys]
        names = ", ".join('"' + name.replace('"', '""') + '"' for name in self.columns)
        sort = ", ".join(f"{name} DESC" if descending else name for name in quoted)
        strict = "<" if descending else ">"
        rows: list[Row] = []
        levels = [(" AND ".join([f"{name} = ?" for name in quoted[:depth - 1]]
                                + [f"{quoted[depth - 1]} {strict}{'=' if inclusive and depth == len(position) else ''} ?"]),
                   list(position[:depth])) for depth in range(len(position), 0, -1)]
        for where, params in levels or [("1", [])]:
            rows += self.source.execute(f"SELECT {names} FROM {self.table_name} WHERE {where} ORDER BY {sort} "
                                        f"LIMIT {limit - len(rows)}", params).fetchall()
            if len(rows) >= limit:
                return rows, True
        return rows, False

    @property
    def table_name(self) -> str:
        return '"' + self.table.replace('"', '""') + '"'

    def run(self, position: Key, inclusive: bool, descending: bool,
            bound: Key | None) -> tuple[Key | None, Key | None, bool]:
        """Copy the rows from ``position`` on (against the key's order: ``descending``)
        up to ``bound`` (not included) or the first damage: the first and the last key
        copied (None, None: none), and whether damage stopped the reading. After an
        error, rows are read one query each (a cursor steps a row ahead of the row it
        hands out: the last readable one is reached so)."""
        first = last = None
        limit, singles = BATCH, 0
        while True:
            try:
                rows, more = self.step(position, inclusive, descending, limit)
            except sqlite3.DatabaseError as exc:
                if self.in_use(exc):
                    raise
                if limit == 1:
                    return first, last, True
                limit = 1
                continue
            kept = [row for row in rows if bound is None or self.short_of(self.key(row), bound, descending)]
            if kept:
                self.keep(kept)
                first = first if first is not None else self.key(kept[0])
                last = self.key(kept[-1])
                position, inclusive = last, False
            if len(kept) < len(rows) or not more:
                return first, last, False
            singles += limit == 1
            if singles >= BATCH:
                limit, singles = BATCH, 0

    @staticmethod
    def short_of(key: Key, bound: Key, descending: bool) -> bool:
        return order(key) > order(bound) if descending else order(key) < order(bound)

    def probe(self, position: Key) -> object:
        """The first key from ``position`` on, None past the table's end, or
        :data:`DAMAGED` where the seek (or the step past it) meets damage."""
        try:
            rows, _ = self.step(position, True, False, 1)
        except sqlite3.DatabaseError as exc:
            if self.in_use(exc):
                raise
            return DAMAGED
        return self.key(rows[0]) if rows else None


def copy_keyed_rows(reader: KeyedReader) -> list[str]:
    """Every row of the reader's table that its probes reach; the stretches left out."""
    _, last, damaged = reader.run((), True, False, None)
    if not damaged:
        return []
    top, bottom, _ = reader.run((), True, True, last)
    gaps, left_out = [(last, bottom if top is not None else None)], []
    while gaps:
        low, high = gaps.pop()
        found = readable_between(reader, low, high)
        if found is None:
            left_out.append((low, high))
            continue
        start, end, after = reader.run(found, True, False, high)
        if start is None:  # (read by the probe, not by the run: no progress to make)
            left_out.append((low, high))
            continue
        down, below, before = reader.run(found, False, True, low)
        if before:
            gaps.append((low, below if down is not None else start))
        if after:
            gaps.append((end, high))
    left_out.sort(key=lambda gap: () if gap[0] is None else order(gap[0]))
    return [stretch_name(low, high) for low, high in left_out]


def readable_between(reader: KeyedReader, low: Key | None, high: Key | None) -> Key | None:
    """A readable key strictly between the copied keys ``low`` and ``high`` (None:
    the table's ends), found by halving the gap, at most :data:`PROBES` probes."""
    width = len(reader.keys)
    spans: deque[tuple[Key, Key, int]] = deque()
    probes = 0
    if (low is None) != (high is None):  # (a gap at the table's start or end)
        found, probes = readable_towards(reader, low, high)
        if found is not None:
            return found

    def look(start: Key, end: Key, power: int) -> None:
        """A span to look in: one open on a side first (its distances doubling, as
        one chain), the others after, halved in turn."""
        if open_sided(start, end):
            spans.appendleft((start, end, power))
        else:
            spans.append((start, end, power))

    look(low or (LOW,) * width, high or (HIGH,) * width, 0)
    while spans and probes < PROBES:
        start, end, power = spans.popleft()
        parts = groups(start, end)
        if parts:  # (the group next to the gap's known end first: at the table's start, the higher)
            for part in (parts if low is None else reversed(parts)):
                look(*part, 0)
            continue
        middle = between(start, end, reader.kinds, power)
        if middle is None:
            continue
        probes += 1
        landed = reader.probe(tuple(value for value in middle if value is not LOW))
        if landed is DAMAGED:
            look(middle, end, power + 1)
            look(start, middle, power + 1)
        elif landed is None or (high is not None and order(landed) >= order(high)):  # type: ignore[arg-type]
            look(start, middle, power + 1)  # (nothing readable from the middle to ``high``)
        elif low is None or order(landed) > order(low):  # type: ignore[arg-type]
            return landed  # type: ignore[return-value]
    return None


def open_sided(start: Key, end: Key) -> bool:
    """Whether the first column two positions differ in is open on one side only."""
    for one, two in zip(start, end, strict=True):
        if not same(one, two):
            return isinstance(one, _Bound) != isinstance(two, _Bound)
    return False


def readable_towards(reader: KeyedReader, low: Key | None, high: Key | None) -> tuple[Key | None, int]:
    """A readable key in a gap open at the table's start (``low`` None) or end, found
    from its known end by distances doubling (1, 2, 4, ... in the last key column's
    units, then in the column before: halving from an open end lands nowhere near
    the keys), then by halving between each two probes of that chain, nearest first
    (a doubled distance may step over a sound stretch); and the probes spent, at
    most :data:`PROBES`."""
    known, up = (low, True) if high is None else (high, False)
    assert known is not None
    probes = 0

    def readable(found: object) -> bool:
        if found is DAMAGED or found is None:
            return False
        return order(found) > order(low) if up else order(found) < order(high)  # type: ignore[arg-type]

    for index in range(len(known) - 1, -1, -1):
        chain: list[Key] = [known[:index + 1]]
        for power in range(_MAX_POWER + 1 if isinstance(known[index], (str, bytes)) else 64):
            value = shifted(known[index], 2 ** power, up)
            if value is None or probes >= PROBES:
                break
            probes += 1
            chain.append((*known[:index], value))
            found = reader.probe(chain[-1])
            if readable(found):
                return found, probes  # type: ignore[return-value]
        for near, far in itertools.pairwise(chain):
            spans = deque([(far, near) if up is False else (near, far)])
            for _ in range(_PAIR_PROBES):
                if not spans or probes >= PROBES:
                    break
                start, end = spans.popleft()
                width = len(known)
                middle = between((*start, *(LOW,) * (width - len(start))), (*end, *(LOW,) * (width - len(end))),
                                 reader.kinds)
                if middle is None:
                    continue
                probes += 1
                position = tuple(value for value in middle if value is not LOW)
                found = reader.probe(position)
                if readable(found):
                    return found, probes  # type: ignore[return-value]
                spans += [(start, position), (position, end)] if found is DAMAGED else [(start, position)]
    return None, probes


def shifted(value: object, distance: int, up: bool) -> object | None:
    """``value`` moved by ``distance`` units of its last digit (an integer's ones; a
    text's or a blob's last character, over the range of those it holds), up or
    down; None past the column's ends."""
    if isinstance(value, int):
        number = value + distance if up else value - distance
        return number if LOWEST <= number <= HIGHEST else None
    if isinstance(value, (str, bytes)):
        digits = [ord(char) for char in value] if isinstance(value, str) else list(value)
        if not digits:
            return None
        bottom, top = min(digits), max(digits)
        if top == bottom:
            bottom, top = (_TEXT if isinstance(value, str) else _BYTES)
        base = top - bottom + 1
        number = 0
        for digit in digits:
            number = number * base + digit - bottom
        number += distance if up else -distance
        if not 0 <= number < base ** len(digits):
            return None
        result = [bottom + (number // base ** (len(digits) - 1 - place)) % base for place in range(len(digits))]
        if isinstance(value, bytes):
            return bytes(result)
        return None if any(0xD800 <= digit <= 0xDFFF for digit in result) else "".join(map(chr, result))
    return None


def between(start: tuple[object, ...], end: tuple[object, ...], kinds: list[type],
            power: int = 0) -> tuple[object, ...] | None:
    """A position strictly between two (keys whose columns may be :data:`LOW` or
    :data:`HIGH`): the first column they differ in halved, the later ones :data:`LOW`;
    None where that column has no value between (:func:`groups`) or none is found."""
    for index, (one, two) in enumerate(zip(start, end, strict=True)):
        if same(one, two):
            continue
        value = middle_value(one, two, kinds[index], power)
        return None if value is None else (*start[:index], value, *(LOW,) * (len(start) - index - 1))
    return None


def groups(start: tuple[object, ...], end: tuple[object, ...]) -> list[tuple[tuple[object, ...], tuple[object, ...]]]:
    """Where the first column two positions differ in has no value between (1 and 2),
    the two spans to look in instead: past ``start`` in its group, before ``end`` in
    its; else none."""
    for index, (one, two) in enumerate(zip(start, end, strict=True)):
        if same(one, two):
            continue
        rest = len(start) - index - 1
        if not rest or isinstance(one, _Bound) or isinstance(two, _Bound) or not isinstance(one, int) \
                or not isinstance(two, int) or two - one != 1:
            return []
        # each group split again where the other end's later columns would be in it: a
        # crawl's URLs are like the next crawl's, so probes from there land among its keys
        return [*split_at(start, (*start[:index + 1], *end[index + 1:]), (*start[:index + 1], *(HIGH,) * rest)),
                *split_at((*end[:index + 1], *(LOW,) * rest), (*end[:index + 1], *start[index + 1:]), end)]
    return []


def split_at(start: Key, hint: Key, end: Key) -> list[tuple[Key, Key]]:
    """The span from ``start`` to ``end`` as two at ``hint`` where it lies strictly
    inside (no bound among its columns), else whole."""
    if any(isinstance(value, _Bound) for value in hint):
        return [(start, end)]
    if before(start, hint) and before(hint, end):
        return [(start, hint), (hint, end)]
    return [(start, end)]


def before(one: Key, two: Key) -> bool:
    """Whether position ``one`` sorts before ``two`` (:data:`LOW` and :data:`HIGH`
    below and above every value)."""
    for first, second in zip(one, two, strict=True):
        if same(first, second):
            continue
        if isinstance(first, _Bound) or isinstance(second, _Bound):
            return first is LOW or second is HIGH
        return rank(first) < rank(second)
    return False


def same(one: object, two: object) -> bool:
    return one is two or (not isinstance(one, _Bound) and not isinstance(two, _Bound) and rank(one) == rank(two))


def middle_value(low: object, high: object, kind: type, power: int = 0) -> object | None:
    """A value strictly between two of one column, of the kind of the lower (of
    the higher where the lower is :data:`LOW`; of the column's declared type where
    both are bounds), or None. Between a text (a blob) and an open end, the text
    moved ``2 ** power`` units of its last character towards it (:func:`shifted`):
    the span's ``power`` grows as its probes go on, doubling the distance."""
    if isinstance(low, _Bound) != isinstance(high, _Bound):
        known = high if isinstance(low, _Bound) else low
        if isinstance(known, (str, bytes)):
            if power > _MAX_POWER:
                return None  # (the chain gives way to the other spans)
            return shifted(known, 2 ** power, up=known is low)
    sample = low if not isinstance(low, _Bound) else high if not isinstance(high, _Bound) else kind()
    if isinstance(sample, (int, float)):
        return middle_number(low, high)
    if isinstance(sample, str):
        found = middle_digits([ord(char) for char in low] if isinstance(low, str) else [],
                              [ord(char) for char in high] if isinstance(high, str) else None, _TEXT)
        if found is None or any(0xD800 <= digit <= 0xDFFF for digit in found):
            return None
        return "".join(map(chr, found))
    if isinstance(sample, bytes):
        found = middle_digits(list(low) if isinstance(low, bytes) else [],
                              list(high) if isinstance(high, bytes) else None, _BYTES)
        return None if found is None else bytes(found)
    return None


def middle_number(low: object, high: object) -> object | None:
    """Halfway between two numbers; from an open end, as far again from zero as the
    other (doubling: 0, 1, 2, 4, ... as gaps at the table's end are probed)."""
    if not isinstance(low, (int, float)) and not isinstance(high, (int, float)):
        return 0
    if not isinstance(low, (int, float)):
        assert isinstance(high, (int, float))
        low = high - max(1, abs(high))
        return low if low >= LOWEST else None
    if not isinstance(high, (int, float)):
        high = low + max(1, abs(low))
        return high if high <= HIGHEST else None
    if isinstance(low, float) or isinstance(high, float):
        value: float | int = (low + high) / 2
        return value if low < value < high else None
    return (low + high) // 2 if high - low >= 2 else None


def middle_digits(low: list[int], high: list[int] | None, default: tuple[int, int]) -> list[int] | None:
    """A sequence strictly between ``low`` and ``high`` (None: past every one) in
    lexicographic order: their digits past the prefix they share, read as fractions
    over the range of digits the two hold (a URL's characters, not every Unicode
    character: halving lands among the keys), halved."""
    shared = 0
    if high is not None:
        while shared < min(len(low), len(high)) and low[shared] == high[shared]:
            shared += 1
    seen = low[shared:] + (high[shared:] if high is not None else [])
    seen += [end for digit in seen for first, last in _CLASSES if first <= digit <= last for end in (first, last)]
    bottom_digit, top_digit = (min(seen), max(seen)) if seen else default
    base = top_digit - bottom_digit + 1
    count = max(4, 48 // max(1, base.bit_length()))

    def number(digits: list[int]) -> int:
        part = [min(max(digit, bottom_digit), top_digit) - bottom_digit for digit in digits[shared:shared + count]]
        part += [0] * (count - len(part))
        return sum(digit * base ** (count - 1 - place) for place, digit in enumerate(part))

    bottom, top = number(low), base ** count if high is None else number(high)
    if top - bottom < 2:
        return None
    value = (bottom + top) // 2
    digits = [bottom_digit + (value // base ** (count - 1 - place)) % base for place in range(count)]
    while digits and digits[-1] == bottom_digit and low < low[:shared] + digits[:-1]:
        digits.pop()
    found = low[:shared] + digits
    return found if low < found and (high is None or found < high) else None

"""Greek bylines in the genitive: "Του Γιώργου Παπαδόπουλου", "Της Μαρίας Οικονόμου",
"Των Νίκου Παππά και Ελένης Μακρή", "Του X, με τη συνεργασία της Y" ("by" is the genitive
article, the names follow in the genitive), as Greek papers and portals print them. The
writers are stored in the nominative, as their author pages, their metadata and any reader
would name them ("Γιώργος Παπαδόπουλος").

The genitive is undone by the ending, as Greek declines names:

- a man's given name: -ου from -ος (Γιώργου, Νίκου, Αλέξανδρου), -η / -ή from -ης / -ής
  (Γιάννη, Δημήτρη), -α / -ά from -ας / -άς (Κώστα, Λουκά);
- a man's surname: -η / -ή, -α / -ά likewise (Καραγιάννη, Μακρή, Παππά); -ου only where the
  name is of the -ος families (-όπουλος, -άκος, -άτος: Παπαδόπουλου or Παπαδοπούλου, Καλάκου,
  Μεταξάτου): a surname such as Γεωργίου, Οικονόμου or Νικολάου is itself an old genitive and
  does not decline;
- a woman's given name: -ας / -ής / -ης from -α / -ή / -η (Μαρίας, Βασιλικής, Ελένης); a
  woman's surname does not decline (Παπαδοπούλου, Μακρή).

A woman's given name in the genitive ends in ς, a man's never does: "Των" (a plural) lists
men and women alike, each known by the ending.
"""

from __future__ import annotations

import re

__all__ = ["GREEK_BY", "nominative_byline", "read_as_genitive"]

_UPPER = "Α-ΩΆΈΉΊΌΎΏΪΫ"
_LOWER = "α-ωάέήίόύώϊϋΐΰς"
_WORD = rf"[{_UPPER}](?:[{_LOWER}]+|[{_UPPER}]+)(?:-[{_UPPER}](?:[{_LOWER}]+|[{_UPPER}]+))?"
_INITIAL = rf"[{_UPPER}]{{1,2}}\."
_PERSON = rf"(?:{_WORD}|{_INITIAL})(?:\s+(?:{_WORD}|{_INITIAL})){{0,2}}\s+{_WORD}"

#: The genitive article opening a byline ("Του", "Της", "Των"; upper case as a printed
#: byline may be), then a capitalised word: the by-word of a Greek byline.
GREEK_BY = re.compile(rf"^\s*(?:Του|Της|Των|ΤΟΥ|ΤΗΣ|ΤΩΝ)\s+(?=[{_UPPER}])")

_OPENING = re.compile(rf"^\s*(Του|Της|Των|ΤΟΥ|ΤΗΣ|ΤΩΝ)\s+({_PERSON})")
# The next writer: "και" (and) or ", με τη συνεργασία" (in collaboration with), each with
# the next writer's own article where one is printed ("και της", "με τη συνεργασία του"),
# or a comma in a list ("Των X, Y και Z").
_NEXT = re.compile(rf"(?:\s*,\s*(?:(?:με|ΜΕ)\s+(?:τη|την|ΤΗ|ΤΗΝ)\s+(?:συνεργασία|ΣΥΝΕΡΓΑΣΙΑ)\s+)?|"
                   rf"\s+(?:και|ΚΑΙ)\s+)(?:(του|της|ΤΟΥ|ΤΗΣ)\s+)?({_PERSON})")
_MAX_WRITERS = 6

_MALE_GIVEN = (("ου", "ος"), ("ού", "ός"), ("η", "ης"), ("ή", "ής"), ("α", "ας"), ("ά", "άς"))
_MALE_SURNAME = (("οπούλου", "όπουλος"), ("όπουλου", "όπουλος"), ("πουλου", "πουλος"), ("άκου", "άκος"),
                 ("άτου", "άτος"), ("η", "ης"), ("ή", "ής"), ("α", "ας"), ("ά", "άς"))
_FEMALE_GIVEN = (("ας", "α"), ("άς", "ά"), ("ης", "η"), ("ής", "ή"))


def _undo(word: str, endings: tuple[tuple[str, str], ...]) -> str:
    """``word`` with the first genitive ending it has replaced by its nominative (the case kept)."""
    shouted = word.isupper()
    out = []
    for part in word.lower().split("-"):
        for genitive, nominative in endings:
            if part.endswith(genitive) and len(part) > len(genitive) + 1:
                part = part[:-len(genitive)] + nominative
                break
        out.append(part)
    low = "-".join(out)
    if shouted:
        return low.upper()
    return "-".join(p[:1].upper() + p[1:] for p in low.split("-"))


def _declined(word: str, endings: tuple[tuple[str, str], ...]) -> bool:
    """Whether ``word`` ends as a Greek name in the genitive does (``endings``' genitives): a
    given name ending otherwise ("Μπαράκ", "Τζον", "Μάριο") is a foreign one, which Greek
    does not decline, nor the surname after it."""
    low = word.lower()
    return any(low.endswith(genitive) for genitive, _ in endings)


def _female(given: str) -> bool:
    return given.lower().endswith(("ς",))


def nominative(person: str, female: bool | None) -> str:
    """A person named in the genitive, in the nominative (``female`` from the article, or
    None where the article is plural: then from the given name's ending).

    >>> nominative("Γιώργου Παπαδόπουλου", False), nominative("Μαρίας Παπαδοπούλου", True)
    ('Γιώργος Παπαδόπουλος', 'Μαρία Παπαδοπούλου')
    >>> nominative("Κώστα Γεωργίου", None), nominative("Ελένης Μακρή", None)
    ('Κώστας Γεωργίου', 'Ελένη Μακρή')
    >>> nominative("Μπαράκ Ομπάμα", False), nominative("Μάριο Ντράγκι", None)
    ('Μπαράκ Ομπάμα', 'Μάριο Ντράγκι')
    """
    words = person.split()
    if female is None:
        female = _female(words[0])
    given, surname = words[:-1], words[-1]
    if not all(w.endswith(".") or _declined(w, _FEMALE_GIVEN if female else _MALE_GIVEN) for w in given):
        return person  # a foreign name in Greek letters ("Μπαράκ Ομπάμα", "Μάριο Ντράγκι"): not declined
    if female:
        return " ".join([*(_undo(w, _FEMALE_GIVEN) if not w.endswith(".") else w for w in given), surname])
    return " ".join([*(_undo(w, _MALE_GIVEN) if not w.endswith(".") else w for w in given),
                     _undo(surname, _MALE_SURNAME)])


def _sex(article: str | None) -> bool | None:
    if not article:
        return None
    low = article.lower()
    return True if low == "της" else (False if low == "του" else None)


def nominative_byline(text: str) -> str | None:
    """A genitive byline rewritten with its writers in the nominative, joined by "και"
    after its article, the rest of the line as printed; None when ``text`` opens with no
    genitive article and a name.

    >>> nominative_byline("Του Γιάννη Γεωργίου, με τη συνεργασία της Ελένης Τσακίρη")
    'Του Γιάννης Γεωργίου και Ελένη Τσακίρη'
    >>> nominative_byline("Των Μιχάλη Νικολαΐδη και Δήμητρας Παππά 12/05/2003")
    'Των Μιχάλης Νικολαΐδης και Δήμητρα Παππά 12/05/2003'
    >>> nominative_byline("Της Κατερίνας Σταματοπούλου*"), nominative_byline("Της είπε ότι")
    ('Της Κατερίνα Σταματοπούλου*', None)
    """
    m = _OPENING.match(text)
    if not m:
        return None
    article = m.group(1)
    names = [nominative(m.group(2), _sex(article))]
    end = m.end()
    while len(names) < _MAX_WRITERS and (n := _NEXT.match(text, end)):
        names.append(nominative(n.group(2), _sex(n.group(1))))  # no article of its own: known by the ending
        end = n.end()
    joiner = " ΚΑΙ " if article.isupper() else " και "
    return f"{article} {joiner.join(names)}{text[end:]}"


_NAME_ALONE = re.compile(rf"\s*({_PERSON})\s*")


def read_as_genitive(name: str) -> str | None:
    """A Greek name printed alone as a genitive byline prints it (a link's text after the
    byline's article, "Του <a>Νίκου Παππά</a>"), in the nominative; None for a name in no
    Greek script.

    >>> read_as_genitive("Ελένης Τσακίρη"), read_as_genitive("Νίκου Παππά"), read_as_genitive("Jane Doe")
    ('Ελένη Τσακίρη', 'Νίκος Παππάς', None)
    """
    m = _NAME_ALONE.fullmatch(name)
    return nominative(m.group(1), None) if m else None

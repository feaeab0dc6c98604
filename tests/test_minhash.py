"""The hand-written MinHash (archive/minhash.py) gives datasketch 2.0's
"affine32" values bit for bit: stored signatures stay comparable, and a crawl's
close does not import datasketch (nor SciPy through it)."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash

from archive.clusters import NUM_PERM, SCHEME, SEED, _blob, _shingles
from archive.minhash import minhash, permutations

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    rng = random.Random(7)
    words = [f"w{i}ort" for i in range(300)]
    return [
        " ".join(rng.choice(words) for _ in range(400)),
        "Der Bundestag hat am Donnerstag über den Haushalt beraten. " * 5,
        "東京都は三日、新しい防災計画を発表した。住民への説明会は来月から始まる予定だ。" * 2,
        "Ça a été une journée très chargée à l'Assemblée nationale — 42 amendements, « enfin ». " * 3,
        "x" * 30_000,  # one shingle, past the cut
        "Emoji 🎉 and combining é marks, tabs\tand\nnew lines. " * 10,
    ]


def _datasketch(values: list[bytes], num_perm: int = NUM_PERM, seed: int = SEED) -> MinHash:
    reference = MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME)
    reference.update_batch(values)
    return reference


@pytest.mark.parametrize(("num_perm", "seed"), [(NUM_PERM, SEED), (16, 1), (257, 42)])
def test_the_permutations_are_datasketchs(num_perm: int, seed: int) -> None:
    ours = permutations(num_perm, seed)
    theirs = MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME).permutations
    assert ours.dtype == theirs.dtype == np.uint32
    assert ours.tobytes() == theirs.tobytes()


def test_the_signatures_are_datasketchs_bytes() -> None:
    for text in _texts():
        values = [shingle.encode("utf-8") for shingle in sorted(_shingles(text))]
        theirs = _datasketch(values)
        ours = minhash(values, NUM_PERM, SEED)
        assert ours.dtype == theirs.hashvalues.dtype
        assert ours.tobytes() == theirs.hashvalues.tobytes()
        if len(values) >= 40:  # what the archive stores
            assert _blob(text) == theirs.hashvalues.astype("<u8").tobytes()


def test_other_sizes_seeds_and_the_empty_set_match() -> None:
    values = [f"item {i}".encode() for i in range(1000)]
    for num_perm, seed in [(16, 1), (257, 42)]:
        assert (minhash(values, num_perm, seed).tobytes()
                == _datasketch(values, num_perm, seed).hashvalues.tobytes())
    assert minhash([], NUM_PERM, SEED).tobytes() == _datasketch([]).hashvalues.tobytes()


def test_signing_does_not_import_datasketch_or_scipy() -> None:
    """A crawl's close signs its bodies: that costs no datasketch (SciPy) import."""
    code = ("import sys; from archive.clusters import _blob; "
            "assert _blob(' '.join(f'word{i}' for i in range(200))); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('datasketch', 'scipy')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, check=True, env={"PYTHONPATH": str(ROOT)})
    assert result.stdout.strip() == "[]"

"""MinHash signatures, bit for bit datasketch 2.0's ``MinHash(scheme="affine32")``.

Written here rather than imported: ``from datasketch import MinHash`` runs the
package's ``__init__``, which imports ``MinHashLSH`` and through it SciPy
(``scipy.integrate``), about 0.4 CPU-s of the 1.7 a small crawl process costs,
for a few lines of numpy arithmetic. The archive stores signatures and compares
them across crawls and releases, so the values must stay the ones datasketch
gives: ``tests/test_minhash.py`` computes both (datasketch is a test dependency)
and asserts equal permutations and equal bytes.

The scheme (datasketch 2.0, ``datasketch/minhash.py``):

- permutations from ``numpy.random.RandomState(seed)``: ``a`` odd
  (``randint(0, 2**31, n, uint32) * 2 + 1``), then ``b = randint(0, 2**32, n, uint32)``;
- each value's hash: the first 4 bytes of its SHA-1, little-endian (``sha1_hash32``);
- pre-mixed once by the 32-bit MurmurHash3 finalizer;
- permuted as ``a * h + b`` in uint32 (the wraparound is the modulo 2**32), and
  each permutation keeps its minimum, starting from 2**32 - 1.
"""

from __future__ import annotations

import hashlib
from functools import cache

import numpy as np

__all__ = ["minhash", "permutations"]

_MAX = np.uint32(0xFFFFFFFF)


@cache
def permutations(num_perm: int, seed: int) -> np.ndarray:
    """The (2, num_perm) uint32 array of ``a`` (odd) and ``b``, as datasketch draws them."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    result = np.array([a, b])
    result.setflags(write=False)  # cached: shared by every caller
    return result


def _fmix32(values: np.ndarray) -> np.ndarray:
    """The MurmurHash3 32-bit finalizer (a bijection), in wrapping uint32 arithmetic."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def minhash(values: list[bytes], num_perm: int, seed: int) -> np.ndarray:
    """The uint32 hash values of the MinHash of ``values`` (datasketch's
    ``MinHash(num_perm, seed, scheme="affine32").update_batch(values)``)."""
    hashed = np.frombuffer(b"".join(hashlib.sha1(value).digest()[:4] for value in values),
                           dtype="<u4").astype(np.uint32)
    result = np.full(num_perm, _MAX, dtype=np.uint32)
    if not hashed.size:
        return result
    a, b = permutations(num_perm, seed)
    permuted = _fmix32(hashed).reshape(-1, 1) * a + b
    return np.minimum(result, permuted.min(axis=0))

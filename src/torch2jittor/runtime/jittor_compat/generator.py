"""torch.Generator: PyTorch's CPU generator reproduced in numpy, so that draws from an explicit
generator (`g = torch.Generator().manual_seed(42)`, then `torch.randn(3, generator=g)`,
`random_split(ds, [0.8, 0.2], generator=g)`) are PyTorch's own numbers.

PyTorch's CPU generator is an MT19937 seeded as `std::mt19937(seed)`; numpy's legacy RandomState
seeded with the same 32-bit integer runs the same stream, and a draw of numpy's `randint` over the
full uint32 range is one raw output. On top of that stream, ATen's CPU kernels (aten/src/ATen/core/
DistributionsHelper.h, native/cpu/DistributionTemplates.h) are followed here:
- uniform float32: the low 24 bits of one draw / 2**24; float64: the low 53 bits of a 64-bit draw
  (two draws, the first the high word) / 2**53;
- normal, fewer than 16 values or not float32/float64 contiguous: Box-Muller on two float64 uniforms,
  the sine kept for the next value (the generator's cached normal); 16 or more: all uniforms first,
  then Box-Muller on each block of 16 (values j and j+8), the last 16 recomputed from fresh
  uniforms when the size is not a multiple of 16 (float32 agrees to float32 rounding: PyTorch's
  vectorised log/sin/cos);
- integers in [low, high): a draw modulo the range, a 64-bit draw from a range of 2**28 up;
- randperm: Fisher-Yates swapping position i with i + draw % (n - i);
- exponential: -log1p(-u) / lambda of a float64 uniform; multinomial with one sample or without
  replacement takes the top-k of p / exponential draws, with replacement a binary search of each row's
  normalised cumulative sums for float64 uniforms.
Checked against torch 2.14.1 by tests/mappings/torch/test_generator.py. The global generator
(`torch.manual_seed`) stays Jittor's: only explicit generators are reproduced."""
from __future__ import annotations

import math

import jittor as jt
import numpy as np

_DEFAULT_SEED = 67280421310721  # torch.Generator().initial_seed()
_WIDE_RANGE = 1 << 28  # from here PyTorch's integer draws take 64 bits


class Generator:
    """A generator object as torch.Generator's: `manual_seed` returns it, state round-trips."""

    def __init__(self, device="cpu"):
        self.device = device
        self.manual_seed(_DEFAULT_SEED)

    def manual_seed(self, seed):
        seed = int(seed)
        self._seed = seed
        self._mt = np.random.RandomState(seed & 0xFFFFFFFF)
        self._cached_normal = None
        return self

    def seed(self):
        """A non-deterministic seed, set and returned."""
        seed = int(np.random.SeedSequence().entropy) & (2**63 - 1)
        self.manual_seed(seed)
        return seed

    def initial_seed(self):
        return self._seed

    def get_state(self):
        """The state as a uint8 tensor (numpy's MT19937 state and the cached normal, pickled)."""
        import pickle

        blob = pickle.dumps((self._seed, self._mt.get_state(), self._cached_normal))
        return jt.array(np.frombuffer(blob, dtype=np.uint8).copy())

    def set_state(self, new_state):
        import pickle

        data = new_state.numpy() if isinstance(new_state, jt.Var) else np.asarray(new_state)
        self._seed, mt_state, self._cached_normal = pickle.loads(data.astype(np.uint8).tobytes())
        self._mt = np.random.RandomState()
        self._mt.set_state(mt_state)
        return self

    def clone_state(self):
        copy = Generator(self.device)
        return copy.set_state(self.get_state())

    def __repr__(self):
        return "<torch._C.Generator object>"

    # draws, as numpy arrays

    def _raw32(self, n):
        return self._mt.randint(0, 2**32, size=n, dtype=np.uint32).astype(np.uint64)

    def _raw64(self, n):
        r = self._raw32(2 * n)
        return (r[0::2] << np.uint64(32)) | r[1::2]

    def uniform(self, n, dtype="float32"):
        if np.dtype(dtype) == np.float64:
            return (self._raw64(n) & np.uint64(2**53 - 1)).astype(np.float64) * (1.0 / 2**53)
        u = (self._raw32(n) & np.uint64(0xFFFFFF)).astype(np.float32) * np.float32(1.0 / 2**24)
        return u.astype(dtype)

    def _normal_one_by_one(self, n):
        out = np.empty(n, np.float64)
        for i in range(n):
            if self._cached_normal is not None:
                out[i], self._cached_normal = self._cached_normal, None
                continue
            u1, u2 = self.uniform(2, "float64")
            radius = math.sqrt(-2.0 * math.log1p(-u2))
            theta = 2.0 * math.pi * u1
            self._cached_normal = radius * math.sin(theta)
            out[i] = radius * math.cos(theta)
        return out

    def normal(self, n, dtype="float32", mean=0.0, std=1.0):
        dtype = np.dtype(dtype)
        if n < 16 or dtype not in (np.float32, np.float64):
            return (self._normal_one_by_one(n) * std + mean).astype(dtype)
        data = self.uniform(n, dtype)
        mean, std = dtype.type(mean), dtype.type(std)

        def box_muller(block):
            radius = np.sqrt(-2 * np.log(1 - block[:8])).astype(dtype)
            theta = (2.0 * math.pi * block[8:].astype(np.float64)).astype(dtype)
            block[:8], block[8:] = radius * np.cos(theta) * std + mean, radius * np.sin(theta) * std + mean

        for i in range(0, n - 15, 16):
            box_muller(data[i:i + 16])
        if n % 16:
            data[n - 16:] = self.uniform(16, dtype)
            box_muller(data[n - 16:])
        return data

    def integers(self, low, high, n):
        """Integers in [low, high) as int64."""
        span = int(high) - int(low)
        if span <= 0:
            raise RuntimeError(f"random_ expects 'from' to be less than 'to', but got from={low} >= to={high}")
        raw = self._raw64(n) if span >= _WIDE_RANGE else self._raw32(n)
        return (raw % np.uint64(span)).astype(np.int64) + int(low)

    def permutation(self, n):
        out = np.arange(n, dtype=np.int64)
        raw = self._raw32(max(n - 1, 0)) if n < (2**32 - 1) // 20 else self._raw64(max(n - 1, 0))
        for i in range(n - 1):
            z = i + int(raw[i] % np.uint64(n - i))
            out[i], out[z] = out[z], out[i]
        return out

    def exponential(self, n, dtype="float32", lambd=1.0):
        return (-np.log1p(-self.uniform(n, "float64")) / lambd).astype(dtype)

    def multinomial(self, probs, num_samples, replacement):
        """Indices (int64) for a 1-d or 2-d array of non-negative weights."""
        rows = probs.reshape(-1, probs.shape[-1])
        if not replacement or num_samples == 1:
            q = self.exponential(rows.size, rows.dtype).reshape(rows.shape)
            keys = rows / q
            # top-k, the first of equal keys first (argmax's rule for one sample)
            out = np.argsort(-keys, axis=1, kind="stable")[:, :num_samples]
        else:
            out = np.empty((rows.shape[0], num_samples), np.int64)
            for i, row in enumerate(rows):
                cumulative = np.cumsum(row.astype(np.float64))
                cumulative = (cumulative.astype(row.dtype) / cumulative[-1]).astype(row.dtype)
                out[i] = np.searchsorted(cumulative, self.uniform(num_samples, "float64"), side="left")
        out = out.astype(np.int64)
        return out.reshape(-1) if probs.ndim == 1 else out


def _draws_from(generator) -> bool:
    """Whether a `generator=` argument is one whose draws this module makes."""
    if generator is None:
        return False
    if not isinstance(generator, Generator):
        raise TypeError(f"generator must be a torch.Generator, not {type(generator).__name__}")
    return True

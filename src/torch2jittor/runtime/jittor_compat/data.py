"""torch.utils.data: map-style and iterable datasets, samplers, DataLoader, default_collate.

Jittor's own jittor.dataset.Dataset is a dataset and loader in one (set_attrs(batch_size=...)),
so PyTorch's Dataset/DataLoader pair has no one-to-one target. These helpers keep PyTorch's
API and batching rules and load in-process (num_workers, pin_memory, prefetching are accepted
and ignored). Jittor has no 0-d Vars: a sample holding a shape-(1,) Var (a PyTorch 0-d tensor
after conversion, e.g. a label) is batched to shape (batch,), as PyTorch batches 0-d tensors.
"""
from __future__ import annotations

import bisect
import collections.abc as collections_abc
import copy
import math

import jittor as jt
import numpy as np

from ._common import var_keeping_dtype
from ._zero_dim import is_0d, mark
from .generator import _draws_from


class Dataset:
    def __class_getitem__(cls, item):  # PyTorch's Dataset[T] and Sampler[T] are generic in type hints
        return cls

    def __getitem__(self, index):
        raise NotImplementedError("Dataset subclasses define __getitem__")

    def __add__(self, other):
        return ConcatDataset([self, other])


class IterableDataset(Dataset):
    def __iter__(self):
        raise NotImplementedError("IterableDataset subclasses define __iter__")


class TensorDataset(Dataset):
    def __init__(self, *tensors):
        if any(t.shape[0] != tensors[0].shape[0] for t in tensors):
            raise ValueError("Size mismatch between tensors")
        self.tensors = tensors

    def __getitem__(self, index):
        return tuple(t[index] for t in self.tensors)

    def __len__(self):
        return self.tensors[0].shape[0]

    def _dt_batch(self, indices):
        """A whole batch by one indexing per tensor: exact shapes (a (N, 1) tensor gives (B, 1),
        which per-sample stacking could not tell from 0-d samples), no per-sample work."""
        index = jt.array(np.asarray(indices, dtype="int32"))
        return [t[index] for t in self.tensors]  # a list, as default_collate makes of tuples


class Subset(Dataset):
    def __init__(self, dataset, indices):
        self.dataset, self.indices = dataset, list(indices)

    def __getitem__(self, index):
        if isinstance(index, list):
            return self.dataset[[self.indices[i] for i in index]]
        return self.dataset[self.indices[index]]

    def __len__(self):
        return len(self.indices)

    def _dt_batch(self, indices):
        return self.dataset._dt_batch([self.indices[i] for i in indices])


class ConcatDataset(Dataset):
    def __init__(self, datasets):
        self.datasets = list(datasets)
        if not self.datasets:
            raise ValueError("datasets should not be an empty iterable")
        self.cumulative_sizes = []
        total = 0
        for d in self.datasets:
            total += len(d)
            self.cumulative_sizes.append(total)

    def __len__(self):
        return self.cumulative_sizes[-1]

    def __getitem__(self, index):
        if index < 0:
            index += len(self)
        which = bisect.bisect_right(self.cumulative_sizes, index)
        start = self.cumulative_sizes[which - 1] if which else 0
        return self.datasets[which][index - start]

    def _dt_batch(self, indices):
        """Each part's samples in one indexing, then put back in the order asked for."""
        groups = {}
        for position, index in enumerate(indices):
            which = bisect.bisect_right(self.cumulative_sizes, index)
            start = self.cumulative_sizes[which - 1] if which else 0
            groups.setdefault(which, []).append((position, index - start))
        parts, order = [], []
        for which, items in groups.items():
            parts.append(self.datasets[which]._dt_batch([local for _, local in items]))
            order += [position for position, _ in items]
        back = jt.array(np.argsort(order).astype("int32"))
        return [jt.concat([part[k] for part in parts], 0)[back] for k in range(len(parts[0]))]


class Sampler:
    """PyTorch's sampler protocol: iterating gives dataset indices (or lists of them)."""

    def __init__(self, data_source=None):
        pass

    def __class_getitem__(cls, item):
        return cls

    def __iter__(self):
        raise NotImplementedError


class SequentialSampler(Sampler):
    def __init__(self, data_source):
        self.data_source = data_source

    def __iter__(self):
        return iter(range(len(self.data_source)))

    def __len__(self):
        return len(self.data_source)


class RandomSampler(Sampler):
    """A permutation of the indices (with `replacement`, `num_samples` uniform draws); numpy's
    generator draws them, so the order differs from PyTorch's, the set and count do not. From an
    explicit torch.Generator, PyTorch's own order (its draws in PyTorch's sequence)."""

    def __init__(self, data_source, replacement=False, num_samples=None, generator=None):
        if not isinstance(replacement, bool):
            raise TypeError(f"replacement should be a boolean value, but got replacement={replacement}")
        self.data_source, self.replacement, self._num_samples = data_source, replacement, num_samples
        self.generator = generator
        if not isinstance(self.num_samples, int) or self.num_samples <= 0:
            raise ValueError(f"num_samples should be a positive integer value, but got num_samples={self.num_samples}")

    @property
    def num_samples(self):
        return len(self.data_source) if self._num_samples is None else self._num_samples

    def __iter__(self):
        if _draws_from(self.generator):
            yield from self._from_generator(self.generator)
            return
        # lazily, in chunks as PyTorch does: num_samples may be huge (minGPT passes 1e10)
        n, left = len(self.data_source), self.num_samples
        while left > 0:
            chunk = np.random.randint(0, n, min(left, 32)) if self.replacement else np.random.permutation(n)[:left]
            left -= len(chunk)
            yield from chunk.tolist()

    def _from_generator(self, g):
        n = len(self.data_source)
        if self.replacement:
            for _ in range(self.num_samples // 32):
                yield from g.integers(0, n, 32).tolist()
            yield from g.integers(0, n, self.num_samples % 32).tolist()
        else:
            for _ in range(self.num_samples // n):
                yield from g.permutation(n).tolist()
            yield from g.permutation(n).tolist()[:self.num_samples % n]

    def __len__(self):
        return self.num_samples


class SubsetRandomSampler(Sampler):
    def __init__(self, indices, generator=None):
        self.indices, self.generator = indices, generator

    def __iter__(self):
        n = len(self.indices)
        order = self.generator.permutation(n) if _draws_from(self.generator) else np.random.permutation(n)
        return iter([self.indices[i] for i in order.tolist()])

    def __len__(self):
        return len(self.indices)


class WeightedRandomSampler(Sampler):
    """`num_samples` indices drawn with probability proportional to `weights`."""

    def __init__(self, weights, num_samples, replacement=True, generator=None):
        if not isinstance(num_samples, int) or isinstance(num_samples, bool) or num_samples <= 0:
            raise ValueError(f"num_samples should be a positive integer value, but got num_samples={num_samples}")
        if not isinstance(replacement, bool):
            raise ValueError(f"replacement should be a boolean value, but got replacement={replacement}")
        weights = np.asarray(weights.numpy() if isinstance(weights, jt.Var) else weights, dtype=np.float64)
        if weights.ndim != 1:
            raise ValueError(f"weights should be a 1d sequence but given weights have shape {tuple(weights.shape)}")
        self.weights, self.num_samples, self.replacement = weights, num_samples, replacement
        self.generator = generator

    def __iter__(self):
        p = self.weights / self.weights.sum()
        if not self.replacement and self.num_samples > np.count_nonzero(p):
            raise RuntimeError("invalid multinomial distribution (with replacement=False, not enough non-negative "
                               "category to sample)")
        if _draws_from(self.generator):
            return iter(self.generator.multinomial(self.weights, self.num_samples, self.replacement).tolist())
        return iter(np.random.choice(len(p), self.num_samples, replace=self.replacement, p=p).tolist())

    def __len__(self):
        return self.num_samples


class BatchSampler(Sampler):
    """Lists of `batch_size` indices from `sampler`; the last, shorter one kept unless `drop_last`."""

    def __init__(self, sampler, batch_size, drop_last):
        if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size <= 0:
            raise ValueError(f"batch_size should be a positive integer value, but got batch_size={batch_size}")
        if not isinstance(drop_last, bool):
            raise ValueError(f"drop_last should be a boolean value, but got drop_last={drop_last}")
        self.sampler, self.batch_size, self.drop_last = sampler, batch_size, drop_last

    def __iter__(self):
        batch = []
        for index in self.sampler:
            batch.append(index)
            if len(batch) == self.batch_size:
                yield batch
                batch = []
        if batch and not self.drop_last:
            yield batch

    def __len__(self):
        n = len(self.sampler)
        return n // self.batch_size if self.drop_last else -(-n // self.batch_size)


def random_split(dataset, lengths, generator=None):
    n = len(dataset)
    lengths = list(lengths)
    if math.isclose(sum(lengths), 1) and sum(lengths) <= 1:
        counts = [int(math.floor(n * frac)) for frac in lengths]
        for i in range(n - sum(counts)):  # PyTorch hands the remainder out round-robin
            counts[i % len(counts)] += 1
        lengths = counts
    if sum(lengths) != n:
        raise ValueError("Sum of input lengths does not equal the length of the input dataset!")
    order = (generator.permutation(n) if _draws_from(generator) else np.random.permutation(n)).tolist()
    out, offset = [], 0
    for length in lengths:
        out.append(Subset(dataset, order[offset:offset + length]))
        offset += length
    return out


def default_collate(batch):
    elem = batch[0]
    if isinstance(elem, jt.Var):
        if all(tuple(b.shape) == (1,) for b in batch) and any(is_0d(b) for b in batch):
            return jt.concat(list(batch), 0)  # 0-dim samples batch to (B,); shape-(1,) ones to (B, 1)
        return jt.stack(list(batch), 0)
    if isinstance(elem, np.ndarray) and elem.dtype.kind not in "OSUV":
        return var_keeping_dtype(np.stack(batch))
    if isinstance(elem, np.generic) and elem.dtype.kind not in "OSUV":
        return var_keeping_dtype(np.array(batch))
    if isinstance(elem, bool):
        return var_keeping_dtype(np.array(batch, dtype=bool))
    if isinstance(elem, float):
        return var_keeping_dtype(np.array(batch, dtype="float64"))
    if isinstance(elem, int):
        return var_keeping_dtype(np.array(batch, dtype="int64"))
    if isinstance(elem, (str, bytes)):
        return batch  # as PyTorch's: a field of tuple samples comes as a tuple (hashable, a dict key)
    if isinstance(elem, collections_abc.Mapping):
        return {key: default_collate([d[key] for d in batch]) for key in elem}
    if isinstance(elem, tuple) and hasattr(elem, "_fields"):  # namedtuple
        return type(elem)(*(default_collate(s) for s in zip(*batch)))
    if isinstance(elem, collections_abc.Sequence):
        if any(len(b) != len(elem) for b in batch):
            raise RuntimeError("each element in list of batch should be of equal size")
        return [default_collate(s) for s in zip(*batch)]
    raise TypeError(f"default_collate: batch must contain Vars, numpy arrays, numbers, dicts or lists; found {type(elem)}")


def default_convert(data):
    """One sample as the DataLoader gives it when it does not batch (batch_size=None): numpy arrays
    and numbers become Vars (a numpy scalar a 0-dim one), tuples become lists, mappings, named
    tuples and sequences are converted item by item, anything else is left as it is."""
    if isinstance(data, jt.Var):
        return data
    if isinstance(data, (np.ndarray, np.generic)) and type(data).__name__ not in ("str_", "bytes_"):
        if isinstance(data, np.ndarray) and data.dtype.kind in "OSUV":
            return data
        array = np.asarray(data)
        return mark(var_keeping_dtype(array.reshape(1))) if array.ndim == 0 else var_keeping_dtype(array)
    if isinstance(data, collections_abc.Mapping):
        converted = {key: default_convert(data[key]) for key in data}
        try:
            if isinstance(data, collections_abc.MutableMapping):
                clone = copy.copy(data)
                clone.update(converted)
                return clone
            return type(data)(converted)
        except TypeError:
            return converted
    if isinstance(data, tuple) and hasattr(data, "_fields"):  # namedtuple
        return type(data)(*(default_convert(d) for d in data))
    if isinstance(data, tuple):
        return [default_convert(d) for d in data]  # PyTorch's: a tuple sample comes out a list
    if isinstance(data, collections_abc.Sequence) and not isinstance(data, (str, bytes)):
        try:
            if isinstance(data, collections_abc.MutableSequence):
                clone = copy.copy(data)
                for i, d in enumerate(data):
                    clone[i] = default_convert(d)
                return clone
            return type(data)([default_convert(d) for d in data])
        except TypeError:
            return [default_convert(d) for d in data]
    return data


def _batches_by_indexing(dataset):
    """TensorDatasets, and subsets and concatenations of them, batch by indexing."""
    if isinstance(dataset, Subset):
        return _batches_by_indexing(dataset.dataset)
    if isinstance(dataset, ConcatDataset):
        return all(_batches_by_indexing(d) for d in dataset.datasets)
    return isinstance(dataset, TensorDataset)


class DataLoader:
    def __init__(self, dataset, batch_size=1, shuffle=None, sampler=None, batch_sampler=None, num_workers=0,
                 collate_fn=None, pin_memory=False, drop_last=False, timeout=0, worker_init_fn=None,
                 multiprocessing_context=None, generator=None, *, prefetch_factor=None, persistent_workers=False,
                 pin_memory_device="", in_order=True):
        if batch_sampler is not None and (batch_size != 1 or shuffle or sampler is not None or drop_last):
            raise ValueError("batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, and drop_last")
        if sampler is not None and shuffle:
            raise ValueError("sampler option is mutually exclusive with shuffle")
        self.dataset, self.batch_size, self.shuffle = dataset, batch_size, bool(shuffle)
        self.sampler, self.batch_sampler, self.drop_last = sampler, batch_sampler, drop_last
        self.collate_fn = collate_fn
        self.num_workers = num_workers
        self.generator = generator

    def _iterable(self):
        return isinstance(self.dataset, IterableDataset) or not hasattr(self.dataset, "__getitem__")

    def _indices(self):
        if self.sampler is not None:
            return iter(self.sampler)  # lazily: a sampler may be endless or huge
        if self.shuffle and _draws_from(self.generator):
            return iter(RandomSampler(self.dataset, generator=self.generator))
        n = len(self.dataset)
        return iter(np.random.permutation(n).tolist() if self.shuffle else range(n))

    def _batches_of_indices(self):
        if self.batch_sampler is not None:
            yield from (list(b) for b in self.batch_sampler)
            return
        chunk = []
        for index in self._indices():
            chunk.append(index)
            if len(chunk) == self.batch_size:
                yield chunk
                chunk = []
        if chunk and not self.drop_last:
            yield chunk

    def _collate(self, samples):
        return (self.collate_fn or default_collate)(samples)

    def __iter__(self):
        if _draws_from(self.generator):
            # PyTorch's loader iterator draws its workers' base seed first (one 64-bit draw)
            self.generator.integers(0, 2**63, 1)
        if self._iterable():
            if self.batch_size is None:
                for sample in self.dataset:
                    yield (self.collate_fn or default_convert)(sample)
                return
            chunk = []
            for sample in self.dataset:
                chunk.append(sample)
                if len(chunk) == self.batch_size:
                    yield self._collate(chunk)
                    chunk = []
            if chunk and not self.drop_last:
                yield self._collate(chunk)
            return
        if self.batch_size is None and self.batch_sampler is None:
            for i in self._indices():
                yield (self.collate_fn or default_convert)(self.dataset[i])
            return
        fast = self.collate_fn is None and _batches_by_indexing(self.dataset)
        for chunk in self._batches_of_indices():
            yield self.dataset._dt_batch(chunk) if fast else self._collate([self.dataset[i] for i in chunk])

    def __len__(self):
        if self.batch_sampler is not None:
            return len(self.batch_sampler)
        n = len(self.sampler) if self.sampler is not None else len(self.dataset)
        if self.batch_size is None:
            return n
        return n // self.batch_size if self.drop_last else -(-n // self.batch_size)

"""torch.nn.utils.rnn: packed and padded variable-length batches (torch/nn/utils/rnn.py).

The layout is PyTorch's: a PackedSequence's `data` holds the time steps one after the other, each with the
sequences still running at that step, longest first; `batch_sizes` (int64) counts them per step;
`sorted_indices` (int64, None when the batch came sorted) is the longest-first order of the original batch.
Lengths are host-side numbers in PyTorch too (a CPU tensor or a list), so the index arithmetic runs in numpy
and the data moves by one gather, which keeps gradients.
"""
from __future__ import annotations

import collections

import jittor as jt
import numpy as np

from .._common import var_keeping_dtype


def _int64(values):
    return var_keeping_dtype(np.asarray(values, dtype=np.int64))


def _host_ints(values):
    """A length list, a Var or a numpy array of ints, as a numpy int64 vector."""
    if isinstance(values, jt.Var):
        values = values.numpy()
    return np.asarray(values).astype(np.int64).reshape(-1)


def invert_permutation(permutation):
    """The inverse of an index permutation (None stays None)."""
    if permutation is None:
        return None
    order = _host_ints(permutation)
    inverse = np.empty_like(order)
    inverse[order] = np.arange(order.size)
    return _int64(inverse)


class PackedSequence(collections.namedtuple("PackedSequence",
                                            ["data", "batch_sizes", "sorted_indices", "unsorted_indices"])):
    """PyTorch's PackedSequence: a named tuple (data, batch_sizes, sorted_indices, unsorted_indices)."""

    __slots__ = ()

    def __new__(cls, data, batch_sizes=None, sorted_indices=None, unsorted_indices=None):
        if unsorted_indices is None:
            unsorted_indices = invert_permutation(sorted_indices)
        if batch_sizes is None:  # PackedSequence((data, batch_sizes)), as PyTorch accepts
            data, batch_sizes = data
        return super().__new__(cls, data, batch_sizes, sorted_indices, unsorted_indices)

    def _with_data(self, data):
        return self if data is self.data else type(self)(data, self.batch_sizes, self.sorted_indices,
                                                         self.unsorted_indices)

    def to(self, *args, **kwargs):
        from ..tensor_methods import tensor_to

        return self._with_data(tensor_to(self.data, *args, **kwargs))

    def cuda(self, *args, **kwargs):
        return self  # Jittor places every Var by jt.flags.use_cuda

    def cpu(self, *args, **kwargs):
        return self

    def pin_memory(self):
        return self

    def double(self):
        return self._with_data(self.data.float64())

    def float(self):
        return self._with_data(self.data.float32())

    def half(self):
        return self._with_data(self.data.float16())

    def long(self):
        return self._with_data(self.data.int64())

    def int(self):
        return self._with_data(self.data.int32())

    def short(self):
        return self._with_data(self.data.int16())

    def char(self):
        return self._with_data(self.data.int8())

    def byte(self):
        return self._with_data(self.data.uint8())

    @property
    def is_cuda(self):
        return bool(jt.flags.use_cuda)

    def is_pinned(self):
        return False


def _gather_rows(x, rows, shape):
    """x's leading two dims flattened, rows picked by a numpy index vector, then reshaped to `shape`."""
    flat = x.reshape((x.shape[0] * x.shape[1],) + tuple(x.shape[2:]))
    return flat[jt.array(rows.astype(np.int32))].reshape(shape)


def pack_padded_sequence(input, lengths, batch_first=False, enforce_sorted=True):
    lengths = _host_ints(lengths)
    if enforce_sorted:
        if np.any(lengths[:-1] < lengths[1:]):
            raise RuntimeError(
                "`lengths` array must be sorted in decreasing order when `enforce_sorted` is True. You can pass "
                "`enforce_sorted=False` to pack_padded_sequence and/or pack_sequence to sidestep this requirement "
                "if you do not need ONNX exportability.")
        order = np.arange(lengths.size)
        sorted_indices = None
    else:
        order = np.argsort(-lengths, kind="stable")
        sorted_indices = _int64(order)
    lengths = lengths[order]
    if lengths.size and lengths[-1] <= 0:
        raise RuntimeError("Length of all samples has to be greater than 0, but found an element in 'lengths' "
                           "that is <= 0")
    if batch_first:
        input = input.transpose((1, 0) + tuple(range(2, input.ndim)))
    steps, batch = int(input.shape[0]), int(input.shape[1])
    if lengths.size != batch:
        raise RuntimeError(f"Expected `len(lengths)` to be equal to batch_size, but got {lengths.size} "
                           f"(batch_size={batch})")
    if lengths[0] > steps:
        raise RuntimeError(f"Expected sequence length to be larger than or equal to {lengths[0]}, but got {steps}")
    batch_sizes = np.array([(lengths > t).sum() for t in range(lengths[0])], dtype=np.int64)
    rows = np.concatenate([t * batch + order[:n] for t, n in enumerate(batch_sizes)])
    data = _gather_rows(input, rows, (rows.size,) + tuple(input.shape[2:]))
    return PackedSequence(data, _int64(batch_sizes), sorted_indices, None)


def _padded_index(batch_sizes, steps, columns):
    """For the padded (steps, len(columns)) grid: the packed row of each cell, or -1 past a sequence's end.
    Column b holds the sorted sequence columns[b]."""
    offsets = np.concatenate([[0], np.cumsum(batch_sizes)])
    index = np.full((steps, columns.size), -1, dtype=np.int64)
    for t, n in enumerate(batch_sizes):
        live = columns < n
        index[t, live] = offsets[t] + columns[live]
    return index


def pad_packed_sequence(sequence, batch_first=False, padding_value=0.0, total_length=None):
    batch_sizes = _host_ints(sequence.batch_sizes)
    steps = batch_sizes.size
    if total_length is not None:
        if total_length < steps:
            raise ValueError("Expected total_length to be at least the length of the longest sequence in input, "
                             f"but got total_length={total_length} and max sequence length being {steps}")
        steps = int(total_length)
    batch = int(batch_sizes[0])
    lengths = np.array([(batch_sizes > j).sum() for j in range(batch)], dtype=np.int64)
    columns = np.arange(batch)
    if sequence.unsorted_indices is not None:
        columns = _host_ints(sequence.unsorted_indices)
        lengths = lengths[columns]
    index = _padded_index(batch_sizes, steps, columns)
    data = sequence.data
    trailing = tuple(data.shape[1:])
    pad = jt.full((1,) + trailing, padding_value, data.dtype)
    source = jt.concat([data, pad], 0)
    index = np.where(index < 0, data.shape[0], index).reshape(-1)
    padded = source[jt.array(index.astype(np.int32))].reshape((steps, batch) + trailing)
    if batch_first:
        padded = padded.transpose((1, 0) + tuple(range(2, padded.ndim)))
    return padded, _int64(lengths)


def pad_sequence(sequences, batch_first=False, padding_value=0.0, padding_side="right"):
    if padding_side not in ("left", "right"):
        raise ValueError(f"Expected padding_side to be one of left or right, but got {padding_side}.")
    if isinstance(sequences, jt.Var):
        sequences = [sequences[i] for i in range(sequences.shape[0])]
    sequences = list(sequences)
    longest = max(int(s.shape[0]) for s in sequences)
    padded = []
    for s in sequences:
        missing = longest - int(s.shape[0])
        if missing:
            pad = jt.full((missing,) + tuple(s.shape[1:]), padding_value, s.dtype)
            s = jt.concat([s, pad] if padding_side == "right" else [pad, s], 0)
        padded.append(s)
    return jt.stack(padded, 0 if batch_first else 1)


def unpad_sequence(padded_sequences, lengths, batch_first=False):
    if not batch_first:
        padded_sequences = padded_sequences.transpose((1, 0) + tuple(range(2, padded_sequences.ndim)))
    lengths = _host_ints(lengths)
    return [padded_sequences[i][:int(n)] for i, n in enumerate(lengths)]


def pack_sequence(sequences, enforce_sorted=True):
    lengths = [int(s.shape[0]) for s in sequences]
    return pack_padded_sequence(pad_sequence(sequences), lengths, enforce_sorted=enforce_sorted)


def unpack_sequence(packed_sequences):
    padded, lengths = pad_packed_sequence(packed_sequences, batch_first=True)
    return unpad_sequence(padded, lengths, batch_first=True)


def _packed_time_major(sequence):
    """For the recurrent layers: a PackedSequence as a padded (steps, batch, *) Var in its sorted order, and
    the numbers of live sequences per step (numpy)."""
    batch_sizes = _host_ints(sequence.batch_sizes)
    columns = np.arange(int(batch_sizes[0]))
    index = _padded_index(batch_sizes, batch_sizes.size, columns)
    data = sequence.data
    source = jt.concat([data, jt.zeros((1,) + tuple(data.shape[1:]), data.dtype)], 0)
    index = np.where(index < 0, data.shape[0], index).reshape(-1)
    padded = source[jt.array(index.astype(np.int32))].reshape((batch_sizes.size, columns.size) +
                                                                 tuple(data.shape[1:]))
    return padded, batch_sizes


def _packed_rows(batch_sizes, steps_output):
    """The packed data of a padded (steps, batch, *) output: the live rows of each step, in step order."""
    batch = int(steps_output.shape[1])
    rows = np.concatenate([t * batch + np.arange(n) for t, n in enumerate(batch_sizes)])
    return _gather_rows(steps_output, rows, (rows.size,) + tuple(steps_output.shape[2:]))

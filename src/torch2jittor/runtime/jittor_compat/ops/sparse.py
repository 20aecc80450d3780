"""torch.sparse_coo_tensor, Tensor.to_sparse/to_dense, torch.sparse.mm: Jittor has no sparse
tensors, so a sparse tensor is stood in for by the dense tensor holding the same values.

Every operation PyTorch defines on a sparse COO tensor computes, from the same numbers, what the
dense operation computes: the stand-in gives PyTorch's values and, through `values`, PyTorch's
gradients. What differs (and the converter says so at each call): layout queries answer as for a
dense tensor (`is_sparse` is False), the memory is that of the dense tensor, and the
sparse-only accessors (`indices()`, `values()`, `_nnz()`, `coalesce()`) are not provided.
"""
from __future__ import annotations

import jittor as jt
import numpy as np

from .._common import dtype_arg
from .creation import _infer, _to_numpy


def sparse_coo_tensor(indices, values, size=None, dtype=None, requires_grad=False, check_invariants=None,
                      is_coalesced=None):
    """The dense tensor of `size` whose element at each column of `indices` is the matching entry
    of `values` (duplicates summed, as PyTorch's coalescing does). `values` may hold dense
    trailing dimensions (a hybrid tensor); the size, when not given, is the largest index + 1 in
    each sparse dimension, as PyTorch infers it."""
    idx = np.asarray(_to_numpy(indices)).astype(np.int64)
    if idx.ndim != 2:
        raise RuntimeError(f"indices must be sparse_dim x nnz, but got: {list(idx.shape)}")
    if not isinstance(values, jt.Var):
        array = _to_numpy(values)
        values = jt.array(np.asarray(array).astype(dtype_arg(dtype) or _infer(values)))
    sparse_dim, nnz = idx.shape
    if values.ndim == 0 or values.shape[0] != nnz:
        raise RuntimeError(f"indices and values must have same nnz, but got nnz from indices: {nnz}, "
                           f"nnz from values: {values.shape[0] if values.ndim else 0}")
    dense_shape = list(values.shape[1:])
    if size is None:
        size = [int(m) + 1 for m in idx.max(axis=1)] if nnz else [0] * sparse_dim
        size += dense_shape
    size = [int(s) for s in size]
    if len(size) != sparse_dim + len(dense_shape) or size[sparse_dim:] != dense_shape:
        raise RuntimeError(f"number of dimensions must be sparse_dim ({sparse_dim}) + dense_dim "
                           f"({len(dense_shape)}), but got {len(size)}")
    for d in range(sparse_dim):
        if nnz and (idx[d].min() < 0 or idx[d].max() >= size[d]):
            raise RuntimeError(f"size is inconsistent with indices: for dim {d}, size is {size[d]} but found "
                               f"index {int(idx[d].max() if idx[d].max() >= size[d] else idx[d].min())}")
    out_dtype = dtype_arg(dtype) or str(values.dtype)
    values = values.astype(out_dtype)
    cells = int(np.prod(size[:sparse_dim], dtype=np.int64))
    flat = jt.zeros([cells] + dense_shape, dtype=out_dtype)
    if nnz:
        linear = np.ravel_multi_index(tuple(idx), size[:sparse_dim]) if sparse_dim else np.zeros(nnz, np.int64)
        index = jt.array(linear.astype(np.int32)).reshape([nnz] + [1] * len(dense_shape)).broadcast(values.shape)
        flat = flat.scatter(0, index, values, reduce="add")
    return flat.reshape(size)


def to_sparse(input, sparse_dim=None, layout=None, blocksize=None, dense_dim=None):
    """A copy of the tensor (PyTorch's sparse copy, stood in for by a dense one); its gradient
    reaches the input as PyTorch's does."""
    return input.clone()


def to_dense(input, dtype=None, masked_grad=None):
    """The dense tensor of the stand-in's values: a copy (PyTorch's to_dense of a sparse tensor
    is a new tensor), cast to `dtype` when given."""
    out = input.clone()
    return out if dtype is None else out.astype(dtype_arg(dtype))


def sparse_mm(sparse, dense, reduce=None):
    """torch.sparse.mm(sparse, dense): the product, with the gradient of the sparse operand kept to
    its stored elements as PyTorch's is. The stored elements are taken to be the stand-in's non-zero
    ones: an element PyTorch stores with the value 0 gets no gradient here."""
    if reduce not in (None, "sum"):
        raise NotImplementedError(f"torch.sparse.mm(reduce={reduce!r}): only the sum is provided for the dense "
                                  "stand-in of a sparse tensor")
    # multiplying by the 0/1 pattern leaves every value as it was (a zero stays zero) and
    # zeroes the gradient outside the pattern
    pattern = (sparse != 0).astype(sparse.dtype)
    return jt.matmul(sparse * pattern, dense)

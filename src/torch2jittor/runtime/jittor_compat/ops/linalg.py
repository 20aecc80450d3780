"""torch's linear algebra functions."""
from __future__ import annotations

import builtins
import collections

import jittor as jt
import numpy as np
from jittor import linalg as _jlinalg

from .._zero_dim import is_0d, mark, reduction, scalar_result
from .._common import dtype_arg, wrap_dim, wrap_dims


def matmul(input, other):
    if input.ndim == 1 and other.ndim == 1:
        return (input * other).sum()
    return jt.matmul(input, other)


def mm(input, mat2):
    return jt.matmul(input, mat2)


def bmm(input, mat2):
    return jt.bmm(input, mat2)


@scalar_result
def dot(input, tensor):
    return (input * tensor).sum()


vdot = dot


def mv(input, vec):
    return jt.matmul(input, vec)


def outer(input, vec2):
    return input.reshape([-1, 1]) * vec2.reshape([1, -1])


ger = outer


def addmm(input, mat1, mat2, beta=1, alpha=1):
    prod = jt.matmul(mat1, mat2)
    return (input if beta == 1 else input * beta) + (prod if alpha == 1 else prod * alpha)


def baddbmm(input, batch1, batch2, beta=1, alpha=1):
    prod = jt.bmm(batch1, batch2)
    return (input if beta == 1 else input * beta) + (prod if alpha == 1 else prod * alpha)


def addbmm(input, batch1, batch2, beta=1, alpha=1):
    prod = jt.bmm(batch1, batch2).sum(0)
    return (input if beta == 1 else input * beta) + (prod if alpha == 1 else prod * alpha)


def addmv(input, mat, vec, beta=1, alpha=1):
    prod = jt.matmul(mat, vec)
    return (input if beta == 1 else input * beta) + (prod if alpha == 1 else prod * alpha)


def addr(input, vec1, vec2, beta=1, alpha=1):
    prod = vec1.reshape([-1, 1]) * vec2.reshape([1, -1])
    return (input if beta == 1 else input * beta) + (prod if alpha == 1 else prod * alpha)


def tensordot(a, b, dims=2):
    """Contract a's dims_a with b's dims_b (the last `dims` of a with the first of b for an int):
    a permute, a reshape to matrices and one matmul."""
    if isinstance(dims, jt.Var):
        dims = dims.numpy().tolist()
    if isinstance(dims, int):
        dims_a, dims_b = list(range(a.ndim - dims, a.ndim)), list(range(dims))
    else:
        dims_a, dims_b = ([d] if isinstance(d, int) else list(d) for d in dims)
    dims_a = [wrap_dim(d, a.ndim) for d in dims_a]
    dims_b = [wrap_dim(d, b.ndim) for d in dims_b]
    free_a = [d for d in range(a.ndim) if d not in dims_a]
    free_b = [d for d in range(b.ndim) if d not in dims_b]
    k = 1
    for d in dims_a:
        k *= a.shape[d]
    left = a.permute(free_a + dims_a).reshape([-1, k])
    right = b.permute(dims_b + free_b).reshape([k, -1])
    # a full contraction gives shape [1]: Jittor's stand-in for PyTorch's 0-d result
    return jt.matmul(left, right).reshape([a.shape[d] for d in free_a] + [b.shape[d] for d in free_b] or [1])


def einsum(equation, *operands):
    if len(operands) == 1 and isinstance(operands[0], (list, tuple)):
        operands = tuple(operands[0])
    return jt.einsum(equation, *operands)


def diag(input, diagonal=0):
    if input.ndim == 1:
        n = input.shape[0] + builtins.abs(diagonal)
        row0 = builtins.max(-diagonal, 0)
        # out[i, j] = v[i - row0] where j - i == diagonal, else 0
        return input.reindex([n, n], [f"i0-{row0}"], overflow_value=0,
                             overflow_conditions=[f"i1-i0!={diagonal}"])
    return diagonal_(input, diagonal)


def diagonal_(input, offset=0, dim1=0, dim2=1):
    d1, d2 = wrap_dim(dim1, input.ndim), wrap_dim(dim2, input.ndim)
    rest = [i for i in range(input.ndim) if i not in (d1, d2)]
    x = input.permute(rest + [d1, d2])
    r, c = x.shape[-2], x.shape[-1]
    rows = np.arange(builtins.max(0, -offset), r)
    cols = rows + offset
    keep = cols < c
    rows, cols = rows[keep], cols[keep]
    if len(rows) == 0:
        return jt.zeros(list(x.shape[:-2]) + [0], dtype=str(x.dtype))
    flat = x.reshape(list(x.shape[:-2]) + [r * c])
    return flat[(slice(None),) * (flat.ndim - 1) + (jt.array((rows * c + cols).astype("int32")),)]


@scalar_result
def trace(input):
    return diagonal_(input).sum()


def tril(input, diagonal=0):
    return jt.tril(input, diagonal)


def triu(input, diagonal=0):
    return jt.triu(input, diagonal)


def kron(input, other):
    a, b = input, other
    nd = builtins.max(a.ndim, b.ndim)
    a = a.reshape([1] * (nd - a.ndim) + list(a.shape))
    b = b.reshape([1] * (nd - b.ndim) + list(b.shape))
    ea = a.reshape([s for d in a.shape for s in (d, 1)])
    eb = b.reshape([s for d in b.shape for s in (1, d)])
    return (ea * eb).reshape([x * y for x, y in zip(a.shape, b.shape)])


def cross(input, other, dim=None):
    if dim is None:
        dim = next(i for i, s in enumerate(input.shape) if s == 3)
    return jt.cross(input, other, wrap_dim(dim, input.ndim))


# --- torch.linalg and the decompositions of torch.* ------------------------------------------------------
# Jittor's jittor.linalg computes through numpy inside its graph (jt.numpy_code, with gradients) for
# inv, det, slogdet, cholesky, eigh, svd (reduced) and qr (square): those are used where they fit.
# Shapes Jittor's versions do not cover (full or non-square factors) go through numpy directly:
# no gradient there. Solves are inv(A) @ B (Jittor's solve gives no gradient to B).
_Slogdet = collections.namedtuple("slogdet", ["sign", "logabsdet"])
_QR = collections.namedtuple("linalg_qr", ["Q", "R"])
_SVD = collections.namedtuple("linalg_svd", ["U", "S", "Vh"])
_TorchSVD = collections.namedtuple("svd", ["U", "S", "V"])
_Eigh = collections.namedtuple("linalg_eigh", ["eigenvalues", "eigenvectors"])
_Lstsq = collections.namedtuple("linalg_lstsq", ["solution", "residuals", "rank", "singular_values"])
_InvEx = collections.namedtuple("linalg_inv_ex", ["inverse", "info"])
_CholeskyEx = collections.namedtuple("linalg_cholesky_ex", ["L", "info"])
_SolveEx = collections.namedtuple("linalg_solve_ex", ["result", "info"])


def _mT(x):
    """The transpose of the last two dims."""
    order = list(range(x.ndim))
    order[-2], order[-1] = order[-1], order[-2]
    return x.permute(order)


def _without(x, dims):
    """x with the (reduced, size-1) axes `dims` removed; Jittor's no-0-dim rule keeps one axis."""
    return x.reshape([s for i, s in enumerate(x.shape) if i not in dims] or [1])


def _batch_info(A):
    """LAPACK's info for each matrix of a batch: 0 (the helpers raise where LAPACK would fail)."""
    return jt.zeros(list(A.shape[:-2]) or [1], dtype="int32")


def _eye_like(A):
    n = A.shape[-1]
    return jt.array(np.eye(n), dtype=str(A.dtype)).broadcast(list(A.shape[:-2]) + [n, n])


def _from_numpy(array, dtype):
    return jt.array(np.ascontiguousarray(array), dtype=dtype)


def det(input):
    return _jlinalg.det(input)


def slogdet(input):
    sign, logabsdet = _jlinalg.slogdet(input)
    return _Slogdet(sign, logabsdet)


def logdet(input):
    sign, logabsdet = _jlinalg.slogdet(input)
    return jt.ternary(sign < 0, jt.full_like(logabsdet, float("nan")), logabsdet)


def inverse(input):
    return _jlinalg.inv(input)


def linalg_inv_ex(A, check_errors=False):
    return _InvEx(_jlinalg.inv(A), _batch_info(A))


def linalg_solve(A, B, left=True):
    inv = _jlinalg.inv(A)
    if not left:
        return jt.matmul(B, inv)
    # B is a (batch of) vector(s) when 1-dim or shaped as A without its last dim
    if B.ndim == 1 or (B.ndim == A.ndim - 1 and list(B.shape) == list(A.shape[:-1])):
        return jt.matmul(inv, B.unsqueeze(-1))[..., 0]
    return jt.matmul(inv, B)


def linalg_solve_ex(A, B, left=True, check_errors=False):
    return _SolveEx(linalg_solve(A, B, left), _batch_info(A))


def linalg_solve_triangular(A, B, upper, left=True, unitriangular=False):
    n = A.shape[-1]
    mask = np.triu(np.ones((n, n))) if upper else np.tril(np.ones((n, n)))
    if unitriangular:
        mask = mask - np.eye(n)
    T = A * jt.array(mask, dtype=str(A.dtype))
    if unitriangular:
        T = T + jt.array(np.eye(n), dtype=str(A.dtype))
    inv = _jlinalg.inv(T)
    return jt.matmul(inv, B) if left else jt.matmul(B, inv)


def cholesky(input, upper=False):
    L = _jlinalg.cholesky(input)
    return _mT(L) if upper else L


def linalg_cholesky_ex(A, upper=False, check_errors=False):
    return _CholeskyEx(cholesky(A, upper), _batch_info(A))


def linalg_qr(A, mode="reduced"):
    m, n = A.shape[-2], A.shape[-1]
    if m == n and mode != "r":
        q, r = _jlinalg.qr(A)
        return _QR(q, r)
    dtype = str(A.dtype)
    if mode == "r":
        return _QR(jt.zeros([0], dtype=dtype), _from_numpy(np.linalg.qr(A.numpy(), mode="r"), dtype))
    q, r = np.linalg.qr(A.numpy(), mode=mode)
    return _QR(_from_numpy(q, dtype), _from_numpy(r, dtype))


def linalg_svd(A, full_matrices=True, driver=None):
    m, n = A.shape[-2], A.shape[-1]
    if full_matrices and m != n:
        dtype = str(A.dtype)
        u, s, vh = np.linalg.svd(A.numpy(), full_matrices=True)
        return _SVD(_from_numpy(u, dtype), _from_numpy(s, dtype), _from_numpy(vh, dtype))
    u, s, vh = _jlinalg.svd(A)
    return _SVD(u, s, vh)


def svd(input, some=True, compute_uv=True):
    u, s, vh = linalg_svd(input, full_matrices=not some)
    if not compute_uv:  # PyTorch returns zero-filled U and V of the full shapes
        m, n = input.shape[-2], input.shape[-1]
        batch = list(input.shape[:-2])
        return _TorchSVD(jt.zeros(batch + [m, m], dtype=str(input.dtype)), s,
                        jt.zeros(batch + [n, n], dtype=str(input.dtype)))
    return _TorchSVD(u, s, _mT(vh))


def linalg_svdvals(A, driver=None):
    return _jlinalg.svd(A)[1]


def _symmetric(A, UPLO):
    """The symmetric matrix whose lower (UPLO 'L') or upper triangle A holds: Jittor's eigh reads the lower one."""
    if UPLO.upper() == "L":
        return A
    n = A.shape[-1]
    upper = jt.array(np.triu(np.ones((n, n))), dtype=str(A.dtype))
    strict = jt.array(np.triu(np.ones((n, n)), 1), dtype=str(A.dtype))
    return A * upper + _mT(A * strict)


def linalg_eigh(A, UPLO="L"):
    w, v = _jlinalg.eigh(_symmetric(A, UPLO))
    return _Eigh(w, v)


def linalg_eigvalsh(A, UPLO="L"):
    return _jlinalg.eigh(_symmetric(A, UPLO))[0]


def _tolerance(s, m, n, atol, rtol):
    """PyTorch's singular-value cut-off: max(atol, rtol * largest), rtol defaulting to eps * max(m, n)
    when atol is unset or zero."""
    eps = float(np.finfo(str(s.dtype)).eps)
    if rtol is None:
        rtol = eps * builtins.max(m, n) if atol is None or atol == 0 else 0.0
    tol = s.max(-1, keepdims=True) * rtol
    if atol is not None:
        tol = jt.maximum(tol, jt.full_like(tol, atol) if not isinstance(atol, jt.Var) else atol.unsqueeze(-1))
    return tol


def linalg_pinv(A, atol=None, rtol=None, hermitian=False):
    u, s, vh = _jlinalg.svd(A)
    tol = _tolerance(s, A.shape[-2], A.shape[-1], atol, rtol)
    keep = s > tol
    s_inv = jt.ternary(keep, 1.0 / jt.ternary(keep, s, jt.ones_like(s)), jt.zeros_like(s))
    return jt.matmul(_mT(vh) * s_inv.unsqueeze(-2), _mT(u))


def pinverse(input, rcond=1e-15):
    return linalg_pinv(input, rtol=rcond)


def linalg_matrix_rank(A, atol=None, rtol=None, hermitian=False):
    s = _jlinalg.svd(A)[1]
    tol = _tolerance(s, A.shape[-2], A.shape[-1], atol, rtol)
    return (s > tol).astype("int64").sum(-1)


def linalg_lstsq(A, B, rcond=None, driver=None):
    u, s, vh = _jlinalg.svd(A)
    m, n = A.shape[-2], A.shape[-1]
    eps = float(np.finfo(str(A.dtype)).eps)
    cut = s.max(-1, keepdims=True) * (eps * builtins.max(m, n) if rcond is None or rcond < 0 else rcond)
    keep = s > cut
    s_inv = jt.ternary(keep, 1.0 / jt.ternary(keep, s, jt.ones_like(s)), jt.zeros_like(s))
    solution = jt.matmul(_mT(vh) * s_inv.unsqueeze(-2), jt.matmul(_mT(u), B))
    driver = driver or "gelsy"
    dtype = str(A.dtype)
    rank = keep.astype("int64").sum(-1) if driver != "gels" else jt.zeros([0], dtype="int64")
    values = s if driver in ("gelsd", "gelss") else jt.zeros([0], dtype=dtype)
    if m > n and driver != "gelsy" and bool((rank == n).all().item()):
        residuals = ((jt.matmul(A, solution) - B) ** 2).sum(-2)
    else:
        residuals = jt.zeros([0], dtype=dtype)
    return _Lstsq(solution, residuals, rank, values)


def matrix_power(input, n):
    if n == 0:
        return _eye_like(input)
    base = _jlinalg.inv(input) if n < 0 else input
    n = builtins.abs(n)
    result = None
    while n:
        if n & 1:
            result = base if result is None else jt.matmul(result, base)
        n >>= 1
        if n:
            base = jt.matmul(base, base)
    return result


def matrix_exp(input):
    """Scaling and squaring of a Taylor series, in float64."""
    A = input.astype("float64")
    norm = float(jt.abs(A).sum(-2).max().item()) if A.numel() else 0.0
    squarings = builtins.max(0, int(np.ceil(np.log2(norm))) + 1) if norm > 0.5 else 0
    A = A / float(2 ** squarings)
    eye = _eye_like(A)
    result, term = eye, eye
    for k in range(1, 20):
        term = jt.matmul(term, A) / float(k)
        result = result + term
    for _ in range(squarings):
        result = jt.matmul(result, result)
    return result.astype(str(input.dtype))


@reduction
def linalg_vector_norm(x, ord=2, dim=None, keepdim=False, dtype=None):
    if dtype is not None:
        x = x.astype(dtype_arg(dtype))
    dims = wrap_dims(dim, x.ndim)
    a = jt.abs(x)
    if ord == float("inf"):
        return a.max(dims, keepdims=keepdim)
    if ord == float("-inf"):
        return a.min(dims, keepdims=keepdim)
    if ord == 0:
        return (a != 0).astype(str(x.dtype)).sum(dims, keepdims=keepdim)
    if ord == 1:
        return a.sum(dims, keepdims=keepdim)
    if ord == 2:
        return jt.sqrt((x * x).sum(dims, keepdims=keepdim))
    return jt.pow(jt.pow(a, ord).sum(dims, keepdims=keepdim), 1.0 / ord)


def _svdvals_over(A, d0, d1):
    """Singular values of the matrices spanning axes d0, d1 (the other axes are the batch)."""
    rest = [i for i in range(A.ndim) if i not in (d0, d1)]
    return _jlinalg.svd(A.permute(rest + [d0, d1]))[1]


def linalg_matrix_norm(A, ord="fro", dim=(-2, -1), keepdim=False, dtype=None):
    if dtype is not None:
        A = A.astype(dtype_arg(dtype))
    d0, d1 = wrap_dim(dim[0], A.ndim), wrap_dim(dim[1], A.ndim)
    pair = tuple(sorted((d0, d1)))
    if ord == "fro":
        return jt.sqrt((A * A).sum(pair, keepdims=keepdim))
    if ord in ("nuc", 2, -2):
        s = _svdvals_over(A, d0, d1)
        r = s.sum(-1) if ord == "nuc" else s.max(-1) if ord == 2 else s.min(-1)
        if keepdim:
            shape = list(A.shape)
            shape[d0] = shape[d1] = 1
            r = r.reshape(shape)
        return r
    a = jt.abs(A)
    if ord in (float("inf"), float("-inf")):
        sums, other = a.sum(d1, keepdims=True), d0  # row sums
    elif ord in (1, -1):
        sums, other = a.sum(d0, keepdims=True), d1  # column sums
    else:
        raise RuntimeError(f"linalg.matrix_norm: Order {ord} not supported.")
    r = sums.max(other, keepdims=True) if ord in (float("inf"), 1) else sums.min(other, keepdims=True)
    return r if keepdim else _without(r, pair)


@reduction
def linalg_norm(A, ord=None, dim=None, keepdim=False, dtype=None):
    if isinstance(dim, int):
        dim = (dim,)
    if dim is None:
        if ord is None:
            x = A if dtype is None else A.astype(dtype_arg(dtype))
            return linalg_vector_norm(x.reshape([-1]) if not keepdim else x, 2, None, keepdim)
        if A.ndim == 1:
            return linalg_vector_norm(A, ord, None, keepdim, dtype)
        if A.ndim == 2:
            return linalg_matrix_norm(A, ord, (-2, -1), keepdim, dtype)
        raise RuntimeError("linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D.")
    if len(dim) == 1:
        return linalg_vector_norm(A, 2 if ord is None else ord, dim, keepdim, dtype)
    return linalg_matrix_norm(A, "fro" if ord is None else ord, dim, keepdim, dtype)


def linalg_cond(A, p=None):
    if p is None or p in (2, -2):
        s = _jlinalg.svd(A)[1]
        return s[..., 0] / s[..., -1] if p != -2 else s[..., -1] / s[..., 0]
    return linalg_matrix_norm(A, p) * linalg_matrix_norm(_jlinalg.inv(A), p)


def linalg_cross(input, other, dim=-1):
    shape = np.broadcast_shapes(tuple(input.shape), tuple(other.shape))
    return jt.cross(input.broadcast(list(shape)), other.broadcast(list(shape)), wrap_dim(dim, len(shape)))


def linalg_vecdot(x, y, dim=-1):
    return (x * y).sum(dim)


def linalg_multi_dot(tensors):
    ts = list(tensors)
    first, last = ts[0].ndim == 1, ts[-1].ndim == 1
    if first:
        ts[0] = ts[0].unsqueeze(0)
    if last:
        ts[-1] = ts[-1].unsqueeze(1)
    out = ts[0]
    for t in ts[1:]:
        out = jt.matmul(out, t)
    shape = list(out.shape)
    if last:
        shape.pop(-1)
    if first:
        shape.pop(0)
    return out.reshape(shape or [1])


def chain_matmul(*matrices):
    return linalg_multi_dot(matrices)


def linalg_diagonal(A, offset=0, dim1=-2, dim2=-1):
    return diagonal_(A, offset, dim1, dim2)


def linalg_tensorinv(A, ind=2):
    rows = int(np.prod(A.shape[:ind]))
    return _jlinalg.inv(A.reshape([rows, -1])).reshape(list(A.shape[ind:]) + list(A.shape[:ind]))


def linalg_tensorsolve(A, B, dims=None):
    if dims is not None:
        moved = [wrap_dim(d, A.ndim) for d in dims]
        A = A.permute([i for i in range(A.ndim) if i not in moved] + moved)
    rows = int(np.prod(B.shape))
    x = jt.matmul(_jlinalg.inv(A.reshape([rows, -1])), B.reshape([rows, 1]))
    return x.reshape(list(A.shape[B.ndim:]))


def linalg_vander(x, N=None):
    n = x.shape[-1] if N is None else N
    cols = [jt.ones_like(x)]
    for _ in range(1, n):
        cols.append(cols[-1] * x)
    return jt.stack(cols[:n], -1)


def inner(input, other):
    if is_0d(input) or is_0d(other):
        return input * other
    out = jt.matmul(input.unsqueeze(-2) if input.ndim == 1 else input, _mT(other) if other.ndim > 1
                    else other.unsqueeze(-1)).reshape(list(input.shape[:-1]) + list(other.shape[:-1]) or [1])
    return mark(out) if input.ndim == 1 and other.ndim == 1 else out


@scalar_result
def dist(input, other, p=2):
    return linalg_vector_norm(input - other, p)


def renorm(input, p, dim, maxnorm):
    dim = wrap_dim(dim, input.ndim)
    others = tuple(i for i in range(input.ndim) if i != dim)
    norms = linalg_vector_norm(input, p, others, keepdim=True)
    scale = jt.ternary(norms > maxnorm, maxnorm / (norms + 1e-7), jt.ones_like(norms))
    return input * scale


def rot90(input, k=1, dims=(0, 1)):
    d0, d1 = wrap_dim(dims[0], input.ndim), wrap_dim(dims[1], input.ndim)
    k %= 4
    order = list(range(input.ndim))
    order[d0], order[d1] = order[d1], order[d0]
    if k == 1:
        return input.flip(d1).permute(order)
    if k == 2:
        return input.flip(d0).flip(d1)
    if k == 3:
        return input.permute(order).flip(d1)
    return input


# --- LU and Householder factorizations, computed in numpy (no gradient, no GPU) -----------------------------
# LAPACK's getrf (partial pivoting: the first row of largest magnitude) in the input's precision, so the
# pivots and factors are PyTorch's; pivots are 1-based int32 row swaps, as LAPACK returns them.
_LUFactor = collections.namedtuple("linalg_lu_factor", ["LU", "pivots"])
_LUFactorEx = collections.namedtuple("linalg_lu_factor_ex", ["LU", "pivots", "info"])
_PLU = collections.namedtuple("linalg_lu", ["P", "L", "U"])
_LUUnpack = collections.namedtuple("lu_unpack", ["P", "L", "U"])
_Geqrf = collections.namedtuple("geqrf", ["a", "tau"])


def _getrf(a, pivot=True):
    if not pivot:
        raise RuntimeError("linalg.lu_factor: LU without pivoting is not implemented on the CPU")
    m, n = a.shape[-2:]
    k = min(m, n)
    lu = np.array(a, copy=True).reshape((-1, m, n))
    pivots = np.zeros((lu.shape[0], k), dtype=np.int32)
    for b in range(lu.shape[0]):
        A = lu[b]
        for j in range(k):
            p = j + int(np.argmax(np.abs(A[j:, j])))
            pivots[b, j] = p + 1
            if p != j:
                A[[j, p]] = A[[p, j]]
            if A[j, j] != 0:
                A[j + 1:, j] /= A[j, j]
            A[j + 1:, j + 1:] -= np.outer(A[j + 1:, j], A[j, j + 1:])
    return lu.reshape(a.shape), pivots.reshape(a.shape[:-2] + (k,))


def _permutation(pivots, m):
    """The row order P^T applies: rows swapped as the (1-based) pivots say, per matrix of the batch."""
    flat = pivots.reshape((-1, pivots.shape[-1]))
    perms = np.tile(np.arange(m), (flat.shape[0], 1))
    for b, row in enumerate(flat):
        for j, p in enumerate(row):
            perms[b, [j, p - 1]] = perms[b, [p - 1, j]]
    return perms.reshape(pivots.shape[:-1] + (m,))


def _unpack(lu, pivots):
    m, n = lu.shape[-2:]
    k = min(m, n)
    L = np.tril(lu[..., :, :k], -1) + np.eye(m, k, dtype=lu.dtype)
    U = np.triu(lu[..., :k, :])
    perm = _permutation(pivots, m)
    P = np.swapaxes(np.eye(m, dtype=lu.dtype)[perm], -1, -2)
    return P, L, U


def linalg_lu_factor(A, pivot=True):
    lu, pivots = _getrf(A.numpy(), pivot)
    return _LUFactor(_from_numpy(lu, str(A.dtype)), _from_numpy(pivots, "int32"))


def linalg_lu_factor_ex(A, pivot=True, check_errors=False):
    lu, pivots = linalg_lu_factor(A, pivot)
    return _LUFactorEx(lu, pivots, _batch_info(A))


def linalg_lu(A, pivot=True):
    lu, pivots = _getrf(A.numpy(), pivot)
    P, L, U = _unpack(lu, pivots)
    dtype = str(A.dtype)
    return _PLU(_from_numpy(P, dtype), _from_numpy(L, dtype), _from_numpy(U, dtype))


def lu_unpack(LU_data, LU_pivots, unpack_data=True, unpack_pivots=True):
    lu, pivots = LU_data.numpy(), LU_pivots.numpy()
    P, L, U = _unpack(lu, pivots)
    dtype = str(LU_data.dtype)
    empty = jt.array(np.zeros((0,), dtype=dtype))  # PyTorch returns empty tensors for what it does not unpack
    return _LUUnpack(_from_numpy(P, dtype) if unpack_pivots else empty,
                     _from_numpy(L, dtype) if unpack_data else empty,
                     _from_numpy(U, dtype) if unpack_data else empty)


def linalg_lu_solve(LU, pivots, B, left=True, adjoint=False):
    P, L, U = _unpack(LU.numpy(), pivots.numpy())
    A = P @ L @ U
    if adjoint:
        A = np.swapaxes(A, -1, -2)
    b = B.numpy()
    if left:
        x = np.linalg.solve(A, b)
    else:  # X A = B
        x = np.swapaxes(np.linalg.solve(np.swapaxes(A, -1, -2), np.swapaxes(b, -1, -2)), -1, -2)
    return _from_numpy(x.astype(b.dtype), str(B.dtype))


def lu(A, pivot=True, get_infos=False):
    lu_, pivots = linalg_lu_factor(A, pivot)
    return (lu_, pivots, _batch_info(A)) if get_infos else (lu_, pivots)


def lu_solve(b, LU_data, LU_pivots):
    return linalg_lu_solve(LU_data, LU_pivots, b)


def geqrf(input):
    """LAPACK's geqrf, which numpy's qr(mode='raw') returns transposed: the same reflectors as PyTorch's."""
    a = input.numpy()
    flat = a.reshape((-1,) + a.shape[-2:])
    hs, taus = zip(*(np.linalg.qr(m, mode="raw") for m in flat)) if flat.shape[0] else ((), ())
    h = np.stack([np.swapaxes(x, -1, -2) for x in hs]).reshape(a.shape)
    tau = np.stack(taus).reshape(a.shape[:-2] + (min(a.shape[-2:]),))
    return _Geqrf(_from_numpy(h.astype(a.dtype), str(input.dtype)), _from_numpy(tau.astype(a.dtype), str(input.dtype)))


def linalg_householder_product(A, tau):
    """The first n columns of H_1 ... H_k, H_i = I - tau_i v_i v_i^T with v_i column i of A below the diagonal
    and 1 on it."""
    a, t = A.numpy(), tau.numpy()
    m, n = a.shape[-2:]
    flat_a, flat_t = a.reshape((-1, m, n)), t.reshape((-1, t.shape[-1]))
    out = []
    for mat, taus in zip(flat_a, flat_t):
        Q = np.eye(m, n, dtype=a.dtype)
        for i in range(len(taus) - 1, -1, -1):
            v = np.zeros(m, dtype=a.dtype)
            v[i] = 1
            v[i + 1:] = mat[i + 1:, i]
            Q = Q - taus[i] * np.outer(v, v @ Q)
        out.append(Q)
    return _from_numpy(np.stack(out).reshape(a.shape), str(A.dtype))


# --- the legacy (torch.* / Tensor) solvers of the torch.linalg era's predecessors ------------------------------
_TriangularSolve = collections.namedtuple("triangular_solve", ["solution", "cloned_coefficient"])


def _broadcast_batches(A, B):
    """A and B broadcast to one batch shape (their last two dims kept), as PyTorch's batched solvers do."""
    batch = list(np.broadcast_shapes(tuple(A.shape[:-2]), tuple(B.shape[:-2])))
    return A.broadcast(batch + list(A.shape[-2:])), B.broadcast(batch + list(B.shape[-2:]))


def _require_matrices(name, *tensors):
    for t in tensors:
        if t.ndim < 2:
            raise RuntimeError(f"{name}: The input tensor must have at least 2 dimensions.")


def _from_factor(L, upper):
    """L @ L^T (U^T @ U): only the factor's triangle is read, as LAPACK's potri/potrs read it."""
    if upper:
        U = jt.triu(L)
        return jt.matmul(_mT(U), U)
    L = jt.tril(L)
    return jt.matmul(L, _mT(L))


def cholesky_inverse(L, upper=False):
    """inv(L @ L^T) (inv(U^T @ U) when upper): the inverse of the matrix whose Cholesky factor is given."""
    _require_matrices("cholesky_inverse", L)
    return _jlinalg.inv(_from_factor(L, upper))


def cholesky_solve(B, L, upper=False):
    """X with (L @ L^T) X = B (U^T @ U when upper), batches broadcast."""
    _require_matrices("cholesky_solve", B, L)
    A, B = _broadcast_batches(_from_factor(L, upper), B)
    return jt.matmul(_jlinalg.inv(A), B)


def triangular_solve(b, A, upper=True, transpose=False, unitriangular=False):
    """X with op(T) X = b, T the upper (lower) triangle of A (unit diagonal when unitriangular), op the
    transpose when asked; the coefficient comes back as a copy of A broadcast to the batch shape."""
    _require_matrices("triangular_solve", b, A)
    A, b = _broadcast_batches(A, b)
    n = A.shape[-1]
    mask = np.triu(np.ones((n, n)), 1 if unitriangular else 0) if upper else np.tril(np.ones((n, n)),
                                                                                   -1 if unitriangular else 0)
    T = A * jt.array(mask, dtype=str(A.dtype))
    if unitriangular:
        T = T + jt.array(np.eye(n), dtype=str(A.dtype))
    if transpose:
        T = _mT(T)
    return _TriangularSolve(jt.matmul(_jlinalg.inv(T), b), A.clone())


def nuclear_norm(input, dim=None, keepdim=False):
    """The sum of singular values over dims (-2, -1), or `dim`; PyTorch's overload nuclear_norm(input, keepdim)
    takes the flag second."""
    if isinstance(dim, bool):
        dim, keepdim = None, dim
    return linalg_matrix_norm(input, "nuc", (-2, -1) if dim is None else tuple(dim), keepdim)


def frobenius_norm(input, dim, keepdim=False):
    """The 2-norm of the elements over `dim` (every element for an empty `dim`)."""
    if isinstance(dim, int):
        dim = (dim,)
    return linalg_vector_norm(input, 2, tuple(dim) or None, keepdim)


def adjoint(input):
    """The last two dims transposed (a real tensor is its own conjugate)."""
    if input.ndim < 2:
        raise RuntimeError("tensor.adjoint() is only supported on matrices or batches of matrices. "
                           f"Got {input.ndim}-D tensor.")
    return _mT(input)

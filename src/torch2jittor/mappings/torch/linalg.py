"""torch.linalg (runtime/jittor_compat/ops/linalg.py): Jittor's jittor.linalg computes inv, det, slogdet,
cholesky, eigh, svd and square qr through numpy inside its graph, with gradients; the helpers give them
PyTorch's shapes, defaults and named results (`slogdet(A).logabsdet`, `qr(A).Q`). Solves are inv(A) @ B.
Full SVD factors and non-square QR come from numpy directly, without gradient. Singular and eigen vectors are
unique up to sign only: the signs are numpy's LAPACK's, which match PyTorch's for square and reduced SVDs and
eigh(UPLO='L') but may differ for full non-square factors and UPLO='U'."""
from ..schema import function

_COMPLEX = "its results are complex: Jittor has no complex dtypes"
_LDL = "LAPACK's Bunch-Kaufman LDL factorization (sytrf) has no Jittor or numpy counterpart"
_NUMPY = "computed in numpy: no gradient, no GPU"

ENTRIES = {
    "torch.linalg.norm": function("A, ord=None, dim=None, keepdim=False, *, out=None, dtype=None", "t2j",
                                  "linalg_norm"),
    "torch.linalg.vector_norm": function("x, ord=2, dim=None, keepdim=False, *, dtype=None, out=None", "t2j",
                                         "linalg_vector_norm"),
    "torch.linalg.matrix_norm": function("A, ord='fro', dim=(-2, -1), keepdim=False, *, dtype=None, out=None",
                                         "t2j", "linalg_matrix_norm"),
    "torch.linalg.det": function("A, *, out=None", "t2j", "det", "input", links={"A": "input"}),
    "torch.linalg.slogdet": function("A, *, out=None", "t2j", "slogdet", "input", links={"A": "input"}),
    "torch.linalg.inv": function("A, *, out=None", "t2j", "inverse", "input", links={"A": "input"}),
    "torch.linalg.inv_ex": function("A, *, check_errors=False, out=None", "t2j", "linalg_inv_ex"),
    "torch.linalg.solve": function("A, B, *, left=True, out=None", "t2j", "linalg_solve"),
    "torch.linalg.solve_ex": function("A, B, *, left=True, check_errors=False, out=None", "t2j", "linalg_solve_ex"),
    "torch.linalg.solve_triangular": function("A, B, *, upper, left=True, unitriangular=False, out=None", "t2j",
                                              "linalg_solve_triangular"),
    "torch.linalg.cholesky": function("A, *, upper=False, out=None", "t2j", "cholesky", "input, upper=False",
                                      links={"A": "input"}),
    "torch.linalg.cholesky_ex": function("A, *, upper=False, check_errors=False, out=None", "t2j",
                                         "linalg_cholesky_ex"),
    "torch.linalg.qr": function("A, mode='reduced', *, out=None", "t2j", "linalg_qr"),
    "torch.linalg.svd": function("A, full_matrices=True, *, driver=None, out=None", "t2j", "linalg_svd"),
    "torch.linalg.svdvals": function("A, *, driver=None, out=None", "t2j", "linalg_svdvals"),
    "torch.linalg.eigh": function("A, UPLO='L', *, out=None", "t2j", "linalg_eigh"),
    "torch.linalg.eigvalsh": function("A, UPLO='L', *, out=None", "t2j", "linalg_eigvalsh"),
    "torch.linalg.pinv": function("A, *, atol=None, rtol=None, hermitian=False, out=None", "t2j", "linalg_pinv"),
    "torch.linalg.lstsq": function("A, B, rcond=None, *, driver=None", "t2j", "linalg_lstsq"),
    "torch.linalg.matrix_rank": function("A, *, atol=None, rtol=None, hermitian=False, out=None", "t2j",
                                         "linalg_matrix_rank"),
    "torch.linalg.matrix_power": function("A, n, *, out=None", "t2j", "matrix_power", "input, n",
                                          links={"A": "input"}),
    "torch.linalg.matrix_exp": function("A", "t2j", "matrix_exp", "input", links={"A": "input"}),
    "torch.linalg.cond": function("A, p=None, *, out=None", "t2j", "linalg_cond"),
    "torch.linalg.cross": function("input, other, *, dim=-1, out=None", "t2j", "linalg_cross"),
    "torch.linalg.vecdot": function("x, y, *, dim=-1, out=None", "t2j", "linalg_vecdot"),
    "torch.linalg.multi_dot": function("tensors, *, out=None", "t2j", "linalg_multi_dot"),
    "torch.linalg.diagonal": function("A, *, offset=0, dim1=-2, dim2=-1", "t2j", "linalg_diagonal"),
    "torch.linalg.matmul": function("input, other, *, out=None", "t2j", "matmul"),
    "torch.linalg.tensorinv": function("A, ind=2, *, out=None", "t2j", "linalg_tensorinv"),
    "torch.linalg.tensorsolve": function("A, B, dims=None, *, out=None", "t2j", "linalg_tensorsolve"),
    "torch.linalg.vander": function("x, *, N=None", "t2j", "linalg_vander"),
    # LAPACK's getrf (partial pivoting) and orgqr, in numpy at the input's precision: PyTorch's pivots and factors
    "torch.linalg.lu_factor": function("A, *, pivot=True, out=None", "t2j", "linalg_lu_factor", note=_NUMPY),
    "torch.linalg.lu_factor_ex": function("A, *, pivot=True, check_errors=False, out=None", "t2j",
                                          "linalg_lu_factor_ex", note=_NUMPY),
    "torch.linalg.lu": function("A, *, pivot=True, out=None", "t2j", "linalg_lu", note=_NUMPY),
    "torch.linalg.lu_solve": function("LU, pivots, B, *, left=True, adjoint=False, out=None", "t2j",
                                      "linalg_lu_solve", note=_NUMPY),
    "torch.linalg.householder_product": function("A, tau, *, out=None", "t2j", "linalg_householder_product",
                                                 note=_NUMPY),
}

UNSUPPORTED = {
    "torch.linalg.eig": _COMPLEX,
    "torch.linalg.eigvals": _COMPLEX,
    **{f"torch.linalg.{name}": _LDL for name in ("ldl_factor", "ldl_factor_ex", "ldl_solve")},
}

"""torch.* matrix products ("BLAS and LAPACK Operations")."""
from ..schema import function

ENTRIES = {
    "torch.matmul": function("input, other, *, out=None", "jt", "matmul", "a, b", links={"input": "a", "other": "b"}),
    "torch.mm": function("input, mat2, *, out=None", "jt", "matmul", "a, b", links={"input": "a", "mat2": "b"}),
    "torch.bmm": function("input, mat2, *, out=None", "jt", "bmm", "a, b", links={"input": "a", "mat2": "b"}),
    "torch.mv": function("input, vec, *, out=None", "t2j", "mv"),
    "torch.dot": function("input, tensor, *, out=None", "t2j", "dot"),
    "torch.outer": function("input, vec2, *, out=None", "t2j", "outer"),
    "torch.addmm": function("input, mat1, mat2, *, beta=1, alpha=1, out=None", "t2j", "addmm"),
    "torch.baddbmm": function("input, batch1, batch2, *, beta=1, alpha=1, out=None", "t2j", "baddbmm"),
    "torch.addbmm": function("input, batch1, batch2, *, beta=1, alpha=1, out=None", "t2j", "addbmm"),
    "torch.inner": function("input, other, *, out=None", "t2j", "inner"),
    "torch.chain_matmul": function("*matrices, out=None", "t2j", "chain_matmul"),
    # decompositions: the torch.linalg helpers (mappings/torch/linalg.py says how they compute)
    "torch.det": function("input", "t2j", "det"),
    "torch.logdet": function("input", "t2j", "logdet"),
    "torch.slogdet": function("input", "t2j", "slogdet"),
    "torch.inverse": function("input, *, out=None", "t2j", "inverse"),
    "torch.pinverse": function("input, rcond=1e-15", "t2j", "pinverse"),
    "torch.matrix_power": function("input, n, *, out=None", "t2j", "matrix_power"),
    "torch.matrix_exp": function("input", "t2j", "matrix_exp"),
    # torch.svd returns V where torch.linalg.svd returns its transpose Vh
    "torch.svd": function("input, some=True, compute_uv=True, *, out=None", "t2j", "svd"),
    "torch.addmv": function("input, mat, vec, *, beta=1, alpha=1, out=None", "t2j", "addmv"),
    "torch.addr": function("input, vec1, vec2, *, beta=1, alpha=1, out=None", "t2j", "addr"),
    "torch.vdot": function("input, other, *, out=None", "t2j", "vdot", "input, tensor", links={"other": "tensor"}),
    "torch.tensordot": function("a, b, dims=2, out=None", "t2j", "tensordot"),
    # LU and QR factors in LAPACK's packed form, computed in numpy (runtime ops/linalg.py)
    "torch.lu": function("A, pivot=True, get_infos=False, out=None", "t2j", "lu",
                         note="computed in numpy: no gradient, no GPU"),
    "torch.lu_unpack": function("LU_data, LU_pivots, unpack_data=True, unpack_pivots=True, *, out=None", "t2j",
                                "lu_unpack", note="computed in numpy: no gradient, no GPU"),
    "torch.lu_solve": function("input, LU_data, LU_pivots, *, out=None", "t2j", "lu_solve", "b, LU_data, LU_pivots",
                               links={"input": "b"}, note="computed in numpy: no gradient, no GPU"),
    "torch.geqrf": function("input, *, out=None", "t2j", "geqrf", note="computed in numpy: no gradient, no GPU"),
    "torch.orgqr": function("input, tau", "t2j", "linalg_householder_product", "A, tau", links={"input": "A"},
                            note="computed in numpy: no gradient, no GPU"),
    # solves through the factor's matrix (L L^T, or the triangle of A) and Jittor's inverse, with gradients;
    # batch dims broadcast as PyTorch's
    "torch.cholesky_inverse": function("L, upper=False, *, out=None", "t2j", "cholesky_inverse"),
    "torch.cholesky_solve": function("B, L, upper=False, *, out=None", "t2j", "cholesky_solve"),
    "torch.triangular_solve": function("b, A, upper=True, transpose=False, unitriangular=False, *, out=None", "t2j",
                                       "triangular_solve"),
}

# PyTorch 2.x removed these (calling them raises RuntimeError): code that runs there does not call them.
_REMOVED = "removed from PyTorch (it raises RuntimeError since 1.9's deprecation ended): use {}, which is mapped"
UNSUPPORTED = {
    "torch.qr": _REMOVED.format("torch.linalg.qr(A, mode='reduced' or 'complete')"),
    "torch.cholesky": _REMOVED.format("torch.linalg.cholesky(A, upper=...)"),
}

ALIASES = {
    "torch.ger": "torch.outer",  # PyTorch's deprecated name
}

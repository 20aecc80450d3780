"""torch.linalg and the decompositions' torch.* / Tensor twins (mappings/torch/linalg.py, runtime ops/linalg.py),
run in both frameworks: value, shape and dtype agree (int64 ranks, int32 infos, 0-dim results bridged as
parity.py says), named results keep PyTorch's field names, in every call shape of PaConvert's rule. Matrices are
made well-conditioned (`+ 4 * I`, `x @ x.mT + I`) so float32 rounding stays below the tolerance."""
import pytest
from parity import entry_tests

pytestmark = pytest.mark.frameworks

WELL = "a = x + 4 * torch.eye(x.shape[-1])\n    "
SPD = "a = x @ x.mT + torch.eye(x.shape[-1])\n    "


def case(covers, body, *inputs, atol=1e-5, rtol=1e-4, id=None, args="x"):
    keys = covers.split()
    typed = ", ".join(f"{a.strip()}: torch.Tensor" for a in args.split(","))  # Tensor methods need typed receivers
    code = f"def f({typed}):\n    {body}"
    return pytest.param(keys, code, list(inputs), atol, rtol, id=id or keys[0].replace("torch.", ""))


CASES = [
    # norms
    case("torch.linalg.norm", "return torch.linalg.norm(x)", "f3,4"),
    case("torch.linalg.norm", "return torch.linalg.norm(x, 2, 1)", "f3,4", id="norm-vector-dim"),
    case("torch.linalg.norm", "return torch.linalg.norm(x, 'fro', (0, 1), keepdim=True)", "f3,4,2", id="norm-fro"),
    case("torch.linalg.norm", "return torch.linalg.norm(x, float('inf'))", "f3,4", id="norm-matrix-inf"),
    case("torch.linalg.norm", "return torch.linalg.norm(x, 'nuc')", "f3,4", id="norm-nuc"),
    case("torch.linalg.norm", "return torch.linalg.norm(x, 3)", "f5", id="norm-1d-ord"),
    case("torch.linalg.vector_norm", "return torch.linalg.vector_norm(x, 3, dim=(0, 2), keepdim=True)", "f3,4,5"),
    case("torch.linalg.vector_norm", "return torch.linalg.vector_norm(x, float('inf'))", "f3,4", id="vector_norm-inf"),
    case("torch.linalg.vector_norm", "return torch.linalg.vector_norm(x * (x > 0), 0, 1)", "f3,4", id="vector_norm-0"),
    case("torch.linalg.vector_norm", "return torch.linalg.vector_norm(x, dtype=torch.float64)", "f3,4",
         id="vector_norm-dtype"),
    case("torch.linalg.matrix_norm", "return torch.linalg.matrix_norm(x)", "f2,3,4"),
    *[case("torch.linalg.matrix_norm", f"return torch.linalg.matrix_norm(x, {o!r})", "f2,3,4",
           id=f"matrix_norm-{o}") for o in ("nuc", 1, -1, 2, -2)],
    case("torch.linalg.matrix_norm", "return torch.linalg.matrix_norm(x, float('-inf'), dim=(0, 2), keepdim=True)",
         "f3,2,4", id="matrix_norm-dims-keepdim"),
    case("torch.linalg.matrix_norm", "return torch.linalg.matrix_norm(x, 2, (2, 0), True)", "f3,2,4",
         id="matrix_norm-2-keepdim"),
    case("torch.linalg.cond", WELL + "return torch.linalg.cond(a)", "f3,3"),
    case("torch.linalg.cond", WELL + "return torch.linalg.cond(a, 'fro')", "f2,3,3", id="cond-fro"),
    # determinants and inverses
    case("torch.linalg.det", WELL + "return torch.linalg.det(a)", "f4,4"),
    case("torch.linalg.det", "return torch.linalg.det(x)", "f2,3,3", id="det-batch"),
    case("torch.linalg.slogdet", "r = torch.linalg.slogdet(x)\n    return r, r.sign, r.logabsdet", "f3,3,3"),
    case("torch.linalg.slogdet", "sign, logabsdet = torch.linalg.slogdet(x)\n    return sign * logabsdet", "f3,3",
         id="slogdet-unpacked"),
    case("torch.linalg.inv", WELL + "return torch.linalg.inv(a)", "f2,4,4"),
    case("torch.linalg.inv_ex", WELL + "return torch.linalg.inv_ex(a)", "f4,4"),
    case("torch.linalg.solve", WELL + "return torch.linalg.solve(a, b)", "f4,4", "f4,2", args="x, b"),
    case("torch.linalg.solve", WELL + "return torch.linalg.solve(a, b)", "f2,4,4", "f2,4", args="x, b",
         id="solve-batched-vectors"),
    case("torch.linalg.solve", WELL + "return torch.linalg.solve(a, b, left=False)", "f4,4", "f3,4", args="x, b",
         id="solve-right"),
    case("torch.linalg.solve_ex", WELL + "return torch.linalg.solve_ex(a, b)", "f4,4", "f4", args="x, b"),
    case("torch.linalg.solve_triangular", WELL + "return torch.linalg.solve_triangular(a, b, upper=True)", "f4,4",
         "f4,2", args="x, b"),
    case("torch.linalg.solve_triangular",
         WELL + "return torch.linalg.solve_triangular(a, b, upper=False, left=False, unitriangular=True)",
         "f4,4", "f3,4", args="x, b", id="solve_triangular-right-unit"),
    case("torch.linalg.tensorinv", "a = (x + 4 * torch.eye(6)).reshape(6, 2, 3)\n    "
         "return torch.linalg.tensorinv(a, ind=1)", "f6,6"),
    case("torch.linalg.tensorsolve", "a = (x + 4 * torch.eye(6)).reshape(2, 3, 6)\n    "
         "return torch.linalg.tensorsolve(a, b)", "f6,6", "f2,3", args="x, b"),
    # factorizations
    case("torch.linalg.cholesky", SPD + "return torch.linalg.cholesky(a)", "f4,4"),
    case("torch.linalg.cholesky", SPD + "return torch.linalg.cholesky(a, upper=True)", "f2,4,4", id="cholesky-upper"),
    case("torch.linalg.cholesky_ex", SPD + "return torch.linalg.cholesky_ex(a)", "f4,4"),
    case("torch.linalg.qr", "q, r = torch.linalg.qr(x)\n    return q, r", "f4,4"),
    case("torch.linalg.qr", "return torch.linalg.qr(x)", "f5,3", id="qr-tall"),
    case("torch.linalg.qr", "r = torch.linalg.qr(x, 'complete')\n    return r.Q, r.R", "f5,3", id="qr-complete"),
    case("torch.linalg.qr", "return torch.linalg.qr(x, mode='r')", "f5,3", id="qr-r"),
    case("torch.linalg.svd", "return torch.linalg.svd(x)", "f4,4"),
    case("torch.linalg.svd", "u, s, vh = torch.linalg.svd(x, full_matrices=False)\n    return u, s, vh", "f5,3",
         id="svd-reduced"),
    # full factors of a non-square matrix: unique up to the signs of the singular vectors (and a basis of the
    # null space), which numpy's and PyTorch's LAPACK builds choose differently
    case("torch.linalg.svd", "r = torch.linalg.svd(x)\n    return (r.S, (r.U * r.S) @ r.Vh[:3], r.U.abs(), r.Vh[:3].abs(), "
         "r.Vh @ torch.transpose(r.Vh, 0, 1))", "f3,5", id="svd-full-wide"),
    case("torch.linalg.svdvals", "return torch.linalg.svdvals(x)", "f2,5,3"),
    case("torch.linalg.eigh", "return torch.linalg.eigh(x + x.mT)", "f4,4"),
    # eigenvectors are unique up to sign: the upper triangle goes through another LAPACK path than PyTorch's
    case("torch.linalg.eigh", "w, v = torch.linalg.eigh(x, UPLO='U')\n    return w, v.abs(), (v * w) @ torch.transpose(v, 0, 1)",
         "f4,4", id="eigh-upper"),
    case("torch.linalg.eigvalsh", "return torch.linalg.eigvalsh(x + x.mT)", "f2,4,4"),
    case("torch.linalg.eigvalsh", "return torch.linalg.eigvalsh(x, 'U')", "f4,4", id="eigvalsh-upper"),
    case("torch.linalg.pinv", "return torch.linalg.pinv(x)", "f5,3"),
    case("torch.linalg.pinv", "return torch.linalg.pinv(x, rtol=0.3)", "f5,3", id="pinv-rtol"),
    case("torch.linalg.pinv", "return torch.linalg.pinv(x + x.mT, atol=0.5, hermitian=True)", "f4,4", id="pinv-atol"),
    case("torch.linalg.lstsq", "return torch.linalg.lstsq(x, b)", "f5,3", "f5,2", args="x, b"),
    case("torch.linalg.lstsq", "return torch.linalg.lstsq(x, b, driver='gelsd')", "f5,3", "f5,2", args="x, b",
         id="lstsq-gelsd"),
    case("torch.linalg.lstsq", "r = torch.linalg.lstsq(x, b, None, driver='gels')\n    return r.solution, r.rank",
         "f5,3", "f5,2", args="x, b", id="lstsq-gels"),
    case("torch.linalg.matrix_rank", "return torch.linalg.matrix_rank(x)", "f5,3"),
    case("torch.linalg.matrix_rank", "return torch.linalg.matrix_rank(x[:, :2] @ x[:2], atol=1e-3)", "f5,5",
         id="matrix_rank-deficient"),
    case("torch.linalg.matrix_rank", "return torch.linalg.matrix_rank(x, rtol=0.5, hermitian=False)", "f2,5,3",
         id="matrix_rank-rtol"),
    # products and powers
    case("torch.linalg.matrix_power", "return torch.linalg.matrix_power(x, 3)", "f2,3,3"),
    case("torch.linalg.matrix_power", "return torch.linalg.matrix_power(x, 0)", "f3,3", id="matrix_power-0"),
    case("torch.linalg.matrix_power", WELL + "return torch.linalg.matrix_power(a, n=-2)", "f3,3",
         id="matrix_power-negative"),
    case("torch.linalg.matrix_exp", "return torch.linalg.matrix_exp(x)", "f3,3"),
    case("torch.linalg.matrix_exp", "return torch.linalg.matrix_exp(x * 3)", "f2,4,4", id="matrix_exp-scaled"),
    case("torch.linalg.cross", "return torch.linalg.cross(x, y)", "f4,3", "f4,3", args="x, y"),
    case("torch.linalg.cross", "return torch.linalg.cross(x, y, dim=0)", "f3,4", "f3,1", args="x, y",
         id="cross-broadcast-dim"),
    case("torch.linalg.vecdot", "return torch.linalg.vecdot(x, y)", "f4,3", "f4,3", args="x, y"),
    case("torch.linalg.vecdot", "return torch.linalg.vecdot(x, y, dim=0)", "f4,3", "f4,1", args="x, y",
         id="vecdot-dim"),
    case("torch.linalg.multi_dot", "return torch.linalg.multi_dot([x, y, z])", "f3,4", "f4,5", "f5,2",
         args="x, y, z"),
    case("torch.linalg.multi_dot", "return torch.linalg.multi_dot((x[0], y, z[:, 0]))", "f3,4", "f4,5", "f5,2",
         args="x, y, z", id="multi_dot-vectors"),
    case("torch.linalg.diagonal", "return torch.linalg.diagonal(x)", "f2,3,4"),
    case("torch.linalg.diagonal", "return torch.linalg.diagonal(x, offset=1, dim1=0, dim2=2)", "f3,2,4",
         id="diagonal-offset"),
    case("torch.linalg.matmul", "return torch.linalg.matmul(x, y)", "f2,3,4", "f4,5", args="x, y"),
    case("torch.linalg.vander", "return torch.linalg.vander(x)", "f4"),
    case("torch.linalg.vander", "return torch.linalg.vander(x, N=3)", "n2,4", id="vander-int"),
    # torch.* twins
    case("torch.det", WELL + "return torch.det(a)", "f3,3"),
    case("torch.logdet", "return torch.logdet(x)", "f3,3,3"),
    case("torch.slogdet", "return torch.slogdet(x)", "f3,3"),
    case("torch.inverse", WELL + "return torch.inverse(a)", "f3,3"),
    case("torch.pinverse", "return torch.pinverse(x, rcond=0.2)", "f5,3"),
    case("torch.matrix_power", "return torch.matrix_power(x, 2)", "f3,3"),
    case("torch.matrix_exp", "return torch.matrix_exp(x)", "f3,3"),
    case("torch.svd", "return torch.svd(x)", "f5,3"),
    case("torch.svd", "u, s, v = torch.svd(x, some=False)\n    return u, s, v", "f4,4", id="svd-full"),
    case("torch.svd", "return torch.svd(x, compute_uv=False)", "f5,3", id="svd-no-uv"),
    case("torch.inner", "return torch.inner(x, y)", "f3,4", "f5,4", args="x, y"),
    case("torch.inner", "return torch.inner(x[0], y[0])", "f3,4", "f5,4", args="x, y", id="inner-vectors"),
    case("torch.chain_matmul", "return torch.chain_matmul(x, y, z)", "f3,4", "f4,5", "f5,2", args="x, y, z"),
    case("torch.rot90", "return torch.rot90(x)", "f2,3,4"),
    *[case("torch.rot90", f"return torch.rot90(x, {k}, [1, 2])", "f2,3,4", id=f"rot90-{k}") for k in (2, 3, -1, 4)],
    case("torch.renorm", "return torch.renorm(x, 2, 0, 1.0)", "w3,4"),
    case("torch.renorm", "return torch.renorm(x, p=1, dim=1, maxnorm=2.0)", "w3,4,2", id="renorm-p1"),
    case("torch.dist", "return torch.dist(x, y)", "f3,4", "f3,4", args="x, y"),
    case("torch.dist", "return torch.dist(x, y, float('inf'))", "f3,4", "f4", args="x, y", id="dist-inf"),
    # Tensor methods
    case("torch.Tensor.det", WELL + "return a.det()", "f3,3"),
    case("torch.Tensor.logdet", SPD + "return a.logdet()", "f3,3"),
    case("torch.Tensor.slogdet", "return x.slogdet()", "f2,3,3"),
    case("torch.Tensor.inverse", WELL + "return a.inverse()", "f3,3"),
    case("torch.Tensor.matrix_exp", "return x.matrix_exp()", "f3,3"),
    case("torch.Tensor.msort", "return x.msort()", "f4,3"),
    case("torch.Tensor.pinverse", "return x.pinverse()", "f5,3"),
    case("torch.Tensor.matrix_power", "return x.matrix_power(3)", "f3,3"),
    case("torch.Tensor.svd", "return x.svd()", "f5,3"),
    case("torch.Tensor.kron", "return x.kron(y)", "f2,3", "f3,2", args="x, y"),
    case("torch.Tensor.inner", "return x.inner(y)", "f3,4", "f4", args="x, y"),
    case("torch.Tensor.dist", "return x.dist(y, p=3)", "f3,4", "f3,4", args="x, y"),
    case("torch.Tensor.renorm", "return x.renorm(2, 1, 1.5)", "w3,4"),
    case("torch.Tensor.rot90", "return x.rot90(1, (0, 2))", "f2,3,4"),
    # LU (LAPACK's getrf pivots, 1-based int32) and Householder factors, square, rectangular and batched
    case("torch.linalg.lu_factor", "return torch.linalg.lu_factor(x)", "f4,4"),
    case("torch.linalg.lu_factor", "LU, pivots = torch.linalg.lu_factor(x, pivot=True)\n    return LU, pivots",
         "f2,5,3", id="lu_factor-tall-batch"),
    case("torch.linalg.lu_factor_ex", "return torch.linalg.lu_factor_ex(x)", "f3,5"),
    case("torch.linalg.lu", "r = torch.linalg.lu(x)\n    return r.P, r.L, r.U, r.P @ r.L @ r.U", "f4,4"),
    case("torch.linalg.lu", "return torch.linalg.lu(x)", "f2,3,5", id="lu-wide-batch"),
    case("torch.linalg.lu_factor torch.linalg.lu_solve",
         WELL + "LU, pivots = torch.linalg.lu_factor(a)\n    return torch.linalg.lu_solve(LU, pivots, b)",
         "f4,4", "f4,2", args="x, b", rtol=1e-4),
    case("torch.linalg.lu_solve", WELL + "LU, pivots = torch.linalg.lu_factor(a)\n    "
         "return torch.linalg.lu_solve(LU, pivots, b, left=False, adjoint=True)", "f2,4,4", "f2,3,4", args="x, b",
         rtol=1e-4, id="lu_solve-right-adjoint"),
    case("torch.lu torch.lu_unpack", "LU, pivots = torch.lu(x)\n    return torch.lu_unpack(LU, pivots)", "f2,4,4"),
    case("torch.lu_unpack", "LU, pivots, info = torch.lu(x, get_infos=True)\n    "
         "return info, torch.lu_unpack(LU, pivots, unpack_pivots=False)[1:]", "f5,3", id="lu_unpack-data-only"),
    case("torch.lu_solve", WELL + "LU, pivots = torch.lu(a)\n    return torch.lu_solve(b, LU, pivots)", "f3,3",
         "f3,2", args="x, b", rtol=1e-4),
    case("torch.geqrf torch.linalg.householder_product",
         "a, tau = torch.geqrf(x)\n    return a, tau, torch.linalg.householder_product(a, tau)", "f5,3", rtol=1e-4),
    case("torch.geqrf torch.orgqr", "r = torch.geqrf(x)\n    return r.tau, torch.orgqr(r.a, r.tau)", "f2,4,4",
         rtol=1e-4, id="orgqr-batch"),
]


test_entry, test_entry_call_shape = entry_tests(CASES)


@pytest.mark.parametrize("name, reason", [("eig", "complex"), ("ldl_factor", "Bunch-Kaufman")])
def test_linalg_functions_jittor_cannot_compute_are_reported(name, reason):
    from torch2jittor import convert_source

    result = convert_source(f"import torch\ny = torch.linalg.{name}(torch.ones(2, 2))\n")
    assert [d.api for d in result.unsupported] == [f"torch.linalg.{name}"]
    assert reason in result.unsupported[0].message


COVERED = {k for p in CASES for k in p.values[0]}  # see test_coverage.py

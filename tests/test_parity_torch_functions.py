"""torch.* functions (mappings/torch/*.py) run in PyTorch and, converted, in Jittor alone.

Each case is PyTorch source defining `f(*inputs)` (tests/parity.py's input specs) and the table
entries it proves; both runs must agree in structure, shape, dtype and value (`assert_same`).
Every case also runs in PaConvert's call shapes of each entry it covers (all positional, all
keyword, shuffled keywords, defaults omitted).
"""
import pytest
from parity import assert_converts, assert_same, check_call_shape, run_both, shape_cases

pytestmark = pytest.mark.frameworks


def case(covers, code, *inputs, atol=1e-5, rtol=1e-5, id=None):
    covers = covers.split()
    return pytest.param(covers, code, list(inputs), atol, rtol, id=id or covers[0])


POINTWISE_CASES = [
    case("torch.addcmul", "def f(x, y, z): return torch.addcmul(x, y, z, value=0.5)", "f3,4", "f3,4", "f4"),
    case("torch.addcdiv", "def f(x, y, z): return torch.addcdiv(x, y, z, value=2)", "f3,4", "f3,4", "p3,4"),
    case("torch.clamp_min", "def f(x): return torch.clamp_min(x, 0.1)", "f3,4"),
    case("torch.clamp_min", "def f(x): return torch.clamp_min(x, 2)", "n3,4", id="clamp_min-int"),
    case("torch.clamp_max", "def f(x, m): return torch.clamp_max(x, m)", "f3,4", "f4"),
    case("torch.exp2", "def f(x): return torch.exp2(x)", "f3,4"),
    case("torch.exp2", "def f(x): return torch.exp2(x)", "n3,4", id="exp2-int"),
    case("torch.sgn", "def f(x): return torch.sgn(x)", "h3,4"),
    case("torch.heaviside", "def f(x, v): return torch.heaviside(x, v)", "s3,4", "f3,4"),
    case("torch.bitwise_not", "def f(x): return torch.bitwise_not(x), torch.bitwise_not(x > 0)", "n3,4"),
    case("torch.rsub", "def f(x, y): return torch.rsub(x, y, alpha=2)", "f3,4", "f3,4"),
    case("torch.rsub", "def f(x): return torch.rsub(x, 3)", "n3,4", id="rsub-int-scalar"),
    case("torch.deg2rad", "def f(x): return torch.deg2rad(x * 90)", "f3,4"),
    case("torch.deg2rad torch.rad2deg", "def f(x): return torch.deg2rad(x), torch.rad2deg(x)", "n3,4",
         id="deg2rad-rad2deg-int"),
    case("torch.rad2deg", "def f(x): return torch.rad2deg(x)", "d3,4"),
    case("torch.positive", "def f(x): return torch.positive(x)", "n3,4"),
    case("torch.is_complex torch.is_signed torch.is_nonzero torch.is_same_size",
         "def f(x, y): return (torch.is_complex(x), torch.is_signed(x), torch.is_signed(y > 0), torch.is_nonzero(x[:1]),\n"
         "                     torch.is_same_size(x, y), torch.is_same_size(x, x))", "f3", "n3,1"),
    case("torch.conj torch.resolve_conj torch.resolve_neg torch.conj_physical",
         "def f(x): return torch.conj(x), torch.resolve_conj(x), torch.resolve_neg(x), torch.conj_physical(x)", "f3,4"),
    case("torch.angle", "def f(x): return torch.angle(x)", "z3,4"),
    case("torch.angle", "def f(x): return torch.angle(x)", "n3,4", id="angle-int"),
    case("torch.arccosh torch.arcsinh torch.arctanh",
         "def f(x): return torch.arccosh(x + 1), torch.arcsinh(x * 5), torch.arctanh(x)", "u3,4"),
    case("torch.signbit", "def f(x): return torch.signbit(x), torch.signbit(x * 0)", "f3,4"),
    case("torch.bitwise_and", "def f(x, y): return torch.bitwise_and(x, y)", "i3,4:0,64", "i3,4:0,64"),
    case("torch.bitwise_and", "def f(x): return torch.bitwise_and(x, 6)", "i3,4:0,64", id="bitwise_and-scalar"),
    case("torch.bitwise_or", "def f(x, y): return torch.bitwise_or(x, y)", "b3,4", "b3,4"),
    case("torch.bitwise_xor", "def f(x, y): return torch.bitwise_xor(x, y)", "i3,4:0,64", "j3,4:0,64"),
    case("torch.bitwise_left_shift", "def f(x, y): return torch.bitwise_left_shift(x, y)", "i3,4:0,64", "i3,4:0,3"),
    case("torch.bitwise_right_shift", "def f(x): return torch.bitwise_right_shift(x, 2)", "i3,4:0,64"),
    case("torch.copysign", "def f(x, y): return torch.copysign(x, y)", "f3,4", "f3,4"),
    case("torch.copysign", "def f(x, y): return torch.copysign(x, y)", "n3,4", "f4", id="copysign-int-broadcast"),
    case("torch.copysign", "def f(x): return torch.copysign(x, -0.0)", "f3,4", id="copysign-negative-zero"),
    case("torch.logaddexp", "def f(x, y): return torch.logaddexp(x * 50, y)", "f3,4", "f3,4"),
    case("torch.logaddexp2", "def f(x, y): return torch.logaddexp2(x, y * 50)", "f3,4", "f3,4"),
    case("torch.ldexp", "def f(x, e): return torch.ldexp(x, e)", "f3,4", "n3,4"),
    case("torch.gcd torch.lcm", "def f(x, y): return torch.gcd(x, y), torch.lcm(x, y)", "n3,4", "m3,4"),
    case("torch.nextafter", "def f(x, y): return torch.nextafter(x, y)", "f3,4", "f3,4", atol=0, rtol=0),
    case("torch.frexp", "def f(x): return tuple(torch.frexp(x))", "w3,4"),
    case("torch.frexp", "def f(x):\n    m, e = torch.frexp(x)\n    return torch.frexp(x).mantissa, e",
         "d3,4", id="frexp-fields"),
]

REDUCTION_CASES = [
    case("torch.nansum", "def f(x): return torch.nansum(x), torch.nansum(x, 1, keepdim=True)", "z3,4"),
    case("torch.nanmean", "def f(x): return torch.nanmean(x, dim=0)", "z3,4"),
    case("torch.median", "def f(x): return torch.median(x)", "f3,5"),
    case("torch.median", "def f(x): return tuple(torch.median(x, 1, keepdim=True))", "f3,5", id="median-dim"),
    case("torch.median", "def f(x): return tuple(torch.median(x, 0))[1]", "n6,4", id="median-ties"),
    case("torch.median", "def f(x): return tuple(torch.median(x, dim=1))", "z3,4", id="median-nan"),
    case("torch.nanmedian", "def f(x): return torch.nanmedian(x), tuple(torch.nanmedian(x, 1))", "z3,4"),
    case("torch.mode", "def f(x): return tuple(torch.mode(x, 1))", "n4,9"),
    case("torch.mode", "def f(x): return torch.mode(x, dim=0, keepdim=True).values", "n4,9", id="mode-dim0"),
    case("torch.kthvalue", "def f(x): return tuple(torch.kthvalue(x, 2, 0, True))", "f4,5"),
    case("torch.quantile", "def f(x): return torch.quantile(x, 0.3)", "f4,5"),
    case("torch.quantile", "def f(x, q): return torch.quantile(x, q, dim=1, keepdim=True)", "f4,5", "u3",
         id="quantile-tensor-q"),
    case("torch.quantile", "def f(x): return torch.quantile(x, 0.4, 0, interpolation='midpoint')", "d4,5",
         id="quantile-midpoint"),
    case("torch.quantile", "def f(x): return torch.quantile(x, torch.tensor([0.0, 0.5, 1.0]), 1, True, "
                           "interpolation='nearest')", "z3,4", id="quantile-nan-inf"),
    case("torch.quantile", "def f(x): return torch.quantile(x, 0.7, dim=0, interpolation='lower'), "
                           "torch.quantile(x, 0.7, dim=-1, interpolation='higher')", "f3,4", id="quantile-lower-higher"),
    case("torch.nanquantile", "def f(x): return torch.nanquantile(x, 0.5, dim=1)", "z3,4"),
    case("torch.nanquantile", "def f(x): return torch.nanquantile(x, 0.25, keepdim=True)", "z3,4",
         id="nanquantile-all"),
    case("torch.logcumsumexp", "def f(x): return torch.logcumsumexp(x * 40, 1)", "f3,6", atol=1e-4),
]

SHAPE_CASES = [
    case("torch.masked_select", "def f(x, m): return torch.masked_select(x, m)", "f3,4", "b4"),
    case("torch.select", "def f(x): return torch.select(x, 1, -2)", "f3,4,5"),
    case("torch.diagonal", "def f(x): return torch.diagonal(x, 1, 0, 2)", "f4,3,5"),
    case("torch.diagonal", "def f(x): return torch.diagonal(x, offset=-1)", "f4,5", id="diagonal-below"),
    case("torch.unflatten", "def f(x): return torch.unflatten(x, 1, (2, -1))", "f3,6"),
    case("torch.t", "def f(x, v): return torch.t(x), torch.t(v)", "f3,4", "f5"),
    case("torch.ravel", "def f(x): return torch.ravel(x.transpose(0, 1))", "f3,4"),
    case("torch.detach", "def f(x): return torch.detach(x)", "f3,4"),
    case("torch.tensor_split", "def f(x): return torch.tensor_split(x, 3, dim=1)", "f2,7"),
    case("torch.tensor_split", "def f(x): return torch.tensor_split(x, [1, 4, 10])", "f6,2", id="tensor_split-indices"),
    case("torch.tensor_split", "def f(x): return torch.tensor_split(x, (-2,), -1)", "f2,5", id="tensor_split-negative"),
    case("torch.hsplit", "def f(x): return torch.hsplit(x, 2)", "f3,4"),
    case("torch.hsplit", "def f(x): return torch.hsplit(x, [2])", "f6", id="hsplit-1d"),
    case("torch.vsplit", "def f(x): return torch.vsplit(x, [1, 2])", "f4,3"),
    case("torch.dsplit", "def f(x): return torch.dsplit(x, 3)", "f2,2,6"),
    case("torch.column_stack", "def f(x, y): return torch.column_stack((x, y, x[:, 0]))", "f4,2", "f4,3"),
    case("torch.column_stack", "def f(x): return torch.column_stack([x, x])", "f5", id="column_stack-1d"),
    case("torch.row_stack", "def f(x, y): return torch.row_stack([x, y])", "f4", "f2,4"),
    case("torch.atleast_1d torch.atleast_2d torch.atleast_3d",
         "def f(x, y):\n    return (torch.atleast_1d(x), torch.atleast_2d(x), torch.atleast_3d(x), torch.atleast_2d(x, y),\n"
         "            torch.atleast_3d((x, y)), torch.atleast_3d(y.reshape(3, 4)), torch.atleast_1d(y))", "f5", "f2,6"),
    case("torch.fliplr torch.flipud", "def f(x): return torch.fliplr(x), torch.flipud(x)", "f3,4,2"),
    case("torch.block_diag", "def f(x, y, z): return torch.block_diag(x, y, z)", "f2,3", "n4", "f3,1"),
    case("torch.cartesian_prod", "def f(x, y): return torch.cartesian_prod(x, y, x)", "f3", "f2"),
    case("torch.cartesian_prod", "def f(x): return torch.cartesian_prod(x)", "n4", id="cartesian_prod-one"),
    case("torch.combinations", "def f(x): return torch.combinations(x, 3)", "f5"),
    case("torch.combinations", "def f(x): return torch.combinations(x, with_replacement=True)", "n4",
         id="combinations-replacement"),
    case("torch.diag_embed", "def f(x): return torch.diag_embed(x)", "f2,3"),
    case("torch.diag_embed", "def f(x): return torch.diag_embed(x, 1, 0, 2)", "f2,3", id="diag_embed-dims"),
    case("torch.diag_embed", "def f(x): return torch.diag_embed(x, offset=-2, dim1=-1, dim2=0)", "n2,3",
         id="diag_embed-below"),
    case("torch.diagflat", "def f(x): return torch.diagflat(x), torch.diagflat(x, -1)", "f2,2"),
]

INDEXING_CASES = [
    case("torch.index_add", "def f(x, i, s): return torch.index_add(x, 0, i, s, alpha=2)", "f4,3", "i5:4", "f5,3"),
    case("torch.index_copy", "def f(x, i, s): return torch.index_copy(x, 1, i, s)", "f3,5", "r2:5", "f3,2"),
    case("torch.index_fill", "def f(x, i): return torch.index_fill(x, -1, i, 2.5)", "f3,5", "r2:5"),
    case("torch.index_fill", "def f(x, i): return torch.index_fill(x, 0, i, torch.tensor(-3))", "n4,2", "i2:4",
         id="index_fill-tensor-value"),
    case("torch.index_put", "def f(x, i, j, v): return torch.index_put(x, (i, j), v)", "f4,5", "r3:4", "r3:5", "f3"),
    case("torch.index_put", "def f(x, i, v): return torch.index_put(x, [i], v, accumulate=True)", "f4,2", "i6:4",
         "f6,2", id="index_put-accumulate"),
    case("torch.index_put", "def f(x, m): return torch.index_put(x, (m,), torch.tensor(0.5))", "f3,4", "b3,4",
         id="index_put-mask"),
    case("torch.masked_scatter", "def f(x, m, s): return torch.masked_scatter(x, m, s)", "f3,4", "b4", "f20"),
    case("torch.put", "def f(x, i, s): return torch.put(x, i, s, accumulate=True)", "f3,4", "i5:12", "f5"),
    case("torch.scatter", "def f(x, i, s): return torch.scatter(x, 1, i, s)", "f3,4", "r3,2:4", "f3,4"),
    case("torch.scatter", "def f(x, i): return torch.scatter(x, 1, i, 1.5, reduce='add')", "f3,4", "r3,2:4",
         id="scatter-value-add"),
    case("torch.scatter", "def f(x, i, s): return torch.scatter(x, 1, i, src=s, reduce='multiply')", "f3,4",
         "r3,2:4", "f3,2", id="scatter-multiply"),
    case("torch.scatter_add", "def f(x, i, s): return torch.scatter_add(x, 0, i, s)", "f3,4", "i5,4:3", "f5,4"),
    case("torch.scatter_reduce", "def f(x, i, s): return torch.scatter_reduce(x, 0, i, s, 'sum')", "f3,4",
         "i5,4:3", "f5,4"),
    case("torch.scatter_reduce", "def f(x, i, s): return torch.scatter_reduce(x, 1, i, s, 'mean', include_self=False)",
         "f3,4", "i3,6:4", "f3,6", id="scatter_reduce-mean-exclude"),
    case("torch.scatter_reduce", "def f(x, i, s): return torch.scatter_reduce(x, 0, i, s, reduce='amin')", "n3,4",
         "i5,4:3", "n5,4", id="scatter_reduce-amin-int"),
    case("torch.scatter_reduce", "def f(x, i, s): return torch.scatter_reduce(x, 0, i, s, 'prod', include_self=False)",
         "f3,4", "i2,4:3", "f2,4", id="scatter_reduce-prod"),
    case("torch.scatter_reduce", "def f(x, i, s): return torch.scatter_reduce(x, 0, i, s, 'mean')", "n3,4",
         "i5,4:3", "n5,4", id="scatter_reduce-mean-int"),
    case("torch.isin", "def f(x, t): return torch.isin(x, t), torch.isin(x, t, invert=True)", "i3,4", "i5"),
    case("torch.isin", "def f(x): return torch.isin(x, 3)", "i3,4", id="isin-scalar"),
    case("torch.unique_consecutive", "def f(x): return torch.unique_consecutive(x)", "i12:3"),
    case("torch.unique_consecutive", "def f(x): return torch.unique_consecutive(x, return_inverse=True, "
         "return_counts=True)", "i3,4:2", id="unique_consecutive-all"),
    case("torch.unique_consecutive", "def f(x): return torch.unique_consecutive(x.repeat_interleave(2, 0), "
         "return_counts=True, dim=0)", "i3,2:2", id="unique_consecutive-dim"),
    case("torch.unravel_index", "def f(i): return torch.unravel_index(i, (3, 4, 2))", "i2,3:24"),
    case("torch.broadcast_tensors", "def f(x, y): return torch.broadcast_tensors(x, y)", "f3,1", "f4"),
    case("torch.broadcast_shapes", "def f(x): return torch.broadcast_shapes((3, 1), (4,), 1)", "f1"),
]

CREATION_CASES = [
    case("torch.tril_indices", "def f(x): return torch.tril_indices(4, 3), torch.tril_indices(3, 5, offset=1)", "f1"),
    case("torch.triu_indices", "def f(x): return torch.triu_indices(4, 4, -1, dtype=torch.int32)", "f1"),
    case("torch.range", "def f(x): return torch.range(1, 4), torch.range(0, 1, 0.25)", "f1"),
    case("torch.range", "def f(x): return torch.range(0, 5, 2, dtype=torch.int64)", "f1", id="range-int"),
    case("torch.scalar_tensor", "def f(x): return torch.scalar_tensor(3), torch.scalar_tensor(2.5, dtype=torch.float64)",
         "f1"),
    case("torch.asarray", "def f(x): return torch.asarray([[1, 2], [3, 4]]), torch.asarray(x, dtype=torch.float64)",
         "f3"),
    case("torch.vander", "def f(x): return torch.vander(x)", "f4"),
    case("torch.vander", "def f(x): return torch.vander(x, N=3, increasing=True)", "n4", id="vander-int"),
    # windows: periodic (the default) and symmetric, float32 by default, lengths 0 and 1 as PyTorch's
    case("torch.hann_window", "def f(x): return torch.hann_window(8), torch.hann_window(1), torch.hann_window(0)",
         "f1"),
    case("torch.hann_window", "def f(x): return torch.hann_window(7, False, dtype=torch.float64)", "f1",
         id="hann_window-symmetric-float64"),
    case("torch.hamming_window", "def f(x): return torch.hamming_window(9, True, 0.5, 0.4)", "f1"),
    case("torch.hamming_window", "def f(x): return torch.hamming_window(6, periodic=False)", "f1",
         id="hamming_window-symmetric"),
    case("torch.blackman_window", "def f(x): return torch.blackman_window(10, periodic=False)", "f1"),
    case("torch.blackman_window", "def f(x): return torch.blackman_window(5, dtype=torch.float64)", "f1",
         id="blackman_window-float64"),
    case("torch.bartlett_window", "def f(x): return torch.bartlett_window(9), torch.bartlett_window(6, False)", "f1"),
    case("torch.kaiser_window", "def f(x): return torch.kaiser_window(12, True, 8.0)", "f1", atol=1e-5, rtol=1e-4),
    case("torch.kaiser_window", "def f(x): return torch.kaiser_window(7, periodic=False, dtype=torch.float64)", "f1",
         id="kaiser_window-symmetric"),
]

# type promotion: the dtypes compared by equality with torch's (Jittor's dtypes are its cast functions)
_DTYPES = "(torch.bool, torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64, torch.float16, torch.float32, " \
          "torch.float64)"
DTYPE_CASES = [
    case("torch.result_type", "def f(x, n): return [torch.result_type(a, b) == d for a, b in "
         "((x, n), (n, x), (n, 2.5), (n > 0, 3), (n > 0, True), (x.double(), n), (n.int(), n), (x.half(), x))"
         f" for d in {_DTYPES}]", "f3", "n3"),
    case("torch.result_type", "def f(x): return torch.result_type(x, 1) == torch.float32", "f3",
         id="result_type-scalar"),
    case("torch.promote_types", "def f(x): return [torch.promote_types(a, b) == d for a in D for b in D for d in D]",
         "f1"),
    case("torch.promote_types", "def f(x): return torch.promote_types(type1=torch.int64, type2=torch.float16) == "
         "torch.float16", "f1", id="promote_types-keywords"),
    case("torch.can_cast", "def f(x): return [torch.can_cast(a, b) for a in D for b in D]", "f1"),
    case("torch.can_cast", "def f(x): return torch.can_cast(torch.float32, torch.int32)", "f1",
         id="can_cast-float-int"),
]
DTYPE_CASES = [pytest.param(p.values[0], f"D = {_DTYPES}\n" + p.values[1], *p.values[2:], id=p.id)
               for p in DTYPE_CASES]

BLAS_CASES = [
    case("torch.addmv", "def f(x, m, v): return torch.addmv(x, m, v, beta=0.5, alpha=2)", "f3", "f3,4", "f4"),
    case("torch.addr", "def f(x, a, b): return torch.addr(x, a, b, alpha=3)", "f3,4", "f3", "f4"),
    case("torch.vdot", "def f(a, b): return torch.vdot(a, b)", "f5", "f5"),
    case("torch.tensordot", "def f(a, b): return torch.tensordot(a, b)", "f2,3,4", "f3,4,5", atol=1e-4),
    case("torch.tensordot", "def f(a, b): return torch.tensordot(a, b, dims=([0, 2], [2, 1]))", "f2,3,4", "f5,4,2",
         atol=1e-4, id="tensordot-lists"),
    case("torch.tensordot", "def f(a, b): return torch.tensordot(a, b, 0)", "f2", "f3", id="tensordot-outer"),
]

STATISTICS_CASES = [
    case("torch.bincount", "def f(x): return torch.bincount(x), torch.bincount(x, minlength=12)", "i20:8"),
    case("torch.bincount", "def f(x, w): return torch.bincount(x, w)", "i6:4", "f6", id="bincount-float32-weights"),
    case("torch.bincount", "def f(x, w): return torch.bincount(x, weights=w)", "i6:4", "i6", id="bincount-int-weights"),
    case("torch.histc", "def f(x): return torch.histc(x, bins=5, min=-1, max=1)", "f4,6"),
    case("torch.histc", "def f(x): return torch.histc(x)", "d30", id="histc-data-range"),
    case("torch.cov", "def f(x): return torch.cov(x)", "f3,6"),
    case("torch.cov", "def f(x, fw, aw): return torch.cov(x, correction=0, fweights=fw, aweights=aw)", "f3,6",
         "i6:1,4", "u6", id="cov-weights"),
    case("torch.cov", "def f(x): return torch.cov(x)", "f6", id="cov-1d"),
    case("torch.corrcoef", "def f(x): return torch.corrcoef(x)", "f4,7"),
    case("torch.trapezoid", "def f(y): return torch.trapezoid(y), torch.trapezoid(y, dx=0.5, dim=0)", "f3,4"),
    case("torch.trapezoid", "def f(y, x): return torch.trapezoid(y, x)", "f3,4", "e4", id="trapezoid-x"),
    case("torch.trapz", "def f(y, x): return torch.trapz(y, x, dim=0)", "f3,4", "e3"),
    case("torch.cumulative_trapezoid", "def f(y, x): return torch.cumulative_trapezoid(y, x)", "f3,4", "e3,4"),
    case("torch.cumulative_trapezoid", "def f(y): return torch.cumulative_trapezoid(y, dim=0)", "n3,4",
         id="cumulative_trapezoid-int"),
]

# torch.* twins of torch.nn.functional (the same functions, or own signatures)
NN_CASES = [
    case("torch.nn.functional.conv2d", "def f(x, w, b): return torch.conv2d(x, w, b, 2, 1, 1, 1)", "f2,3,7,7",
         "f4,3,3,3", "f4", atol=1e-4, id="torch.conv2d"),
    case("torch.nn.functional.conv1d", "def f(x, w): return torch.conv1d(x, w, padding=2, dilation=2)", "f2,3,9",
         "f4,3,3", atol=1e-4, id="torch.conv1d"),
    case("torch.nn.functional.conv3d", "def f(x, w): return torch.conv3d(x, w, stride=2)", "f1,2,5,5,5", "f3,2,2,2,2",
         atol=1e-4, id="torch.conv3d"),
    case("torch.nn.functional.conv_transpose2d", "def f(x, w): return torch.conv_transpose2d(x, w, None, 2, 1, 1)",
         "f2,3,4,4", "f3,2,3,3", atol=1e-4, id="torch.conv_transpose2d"),
    case("torch.nn.functional.conv_transpose1d", "def f(x, w): return torch.conv_transpose1d(x, w, stride=2)",
         "f2,3,5", "f3,2,3", atol=1e-4, id="torch.conv_transpose1d"),
    case("torch.nn.functional.conv_transpose3d", "def f(x, w): return torch.conv_transpose3d(x, w)", "f1,2,3,3,3",
         "f2,2,2,2,2", atol=1e-4, id="torch.conv_transpose3d"),
    case("torch.nn.functional.bilinear", "def f(a, b, w): return torch.bilinear(a, b, w)", "f4,3", "f4,2", "f5,3,2",
         atol=1e-4, id="torch.bilinear"),
    case("torch.nn.functional.pixel_shuffle torch.nn.functional.pixel_unshuffle",
         "def f(x): return torch.pixel_shuffle(x, 2), torch.pixel_unshuffle(x, 2)", "f1,8,4,6", id="torch.pixel_shuffle"),
    case("torch.nn.functional.channel_shuffle", "def f(x): return torch.channel_shuffle(x, 3)", "f2,6,2,2",
         id="torch.channel_shuffle"),
    case("torch.nn.functional.cosine_similarity torch.nn.functional.pairwise_distance",
         "def f(a, b): return torch.cosine_similarity(a, b, 0), torch.pairwise_distance(a, b, 1.0)", "f4,5", "f4,5",
         id="torch.cosine_similarity"),
    case("torch.nn.functional.pdist", "def f(x): return torch.pdist(x), torch.pdist(x, 1)", "f5,3", atol=1e-4,
         id="torch.pdist"),
    case("torch.nn.functional.pdist", "def f(x): return F.pdist(x, p=float('inf')), F.pdist(x, 0.5)", "f4,3",
         atol=1e-4),
    case("torch.nn.functional.hardshrink torch.nn.functional.prelu",
         "def f(x, w): return torch.hardshrink(x, 0.3), torch.prelu(x, w)", "f2,3,4", "f3", id="torch.hardshrink"),
    case("torch.selu torch.celu", "def f(x): return torch.selu(x), torch.celu(x, 0.5)", "f3,4"),
    case("torch.threshold", "def f(x): return torch.threshold(x, 0.1, -2.0)", "f3,4"),
    case("torch.rrelu", "def f(x): return torch.rrelu(x, 0.1, 0.3)", "f3,4"),
    case("torch.dropout", "def f(x): return torch.dropout(x, 0.5, False)", "f3,4"),
    case("torch.dropout", "def f(x): return torch.dropout(x, 0.0, train=True)", "f3,4", id="dropout-train-p0"),
    case("torch.layer_norm", "def f(x, w, b): return torch.layer_norm(x, (4,), w, b, 1e-3, True)", "f2,3,4", "f4",
         "f4", atol=1e-4),
    case("torch.group_norm", "def f(x, w, b): return torch.group_norm(x, 2, w, b)", "f2,4,3", "f4", "f4", atol=1e-4),
    case("torch.rms_norm", "def f(x, w): return torch.rms_norm(x, [4], w, eps=1e-5)", "f2,3,4", "f4", atol=1e-4),
    case("torch.batch_norm", "def f(x, w, b, m, v): return torch.batch_norm(x, w, b, m, v, False, 0.1, 1e-5, True)",
         "f2,3,4", "f3", "f3", "f3", "p3", atol=1e-4),
    case("torch.batch_norm", "def f(x, w, b): return torch.batch_norm(x, w, b, None, None, True, 0.1, 1e-5, False)",
         "f4,3", "f3", "f3", atol=1e-4, id="batch_norm-batch-statistics"),
    case("torch.instance_norm", "def f(x, w, b): return torch.instance_norm(x, w, b, None, None, True, 0.1, 1e-5, "
         "True)", "f2,3,5", "f3", "f3", atol=1e-4),
    case("torch.embedding", "def f(w, i): return torch.embedding(w, i)", "f6,3", "i2,4:6"),
]

# torch.Tensor methods computed by the same helpers, the receiver first (`x.m(args)` -> `t2j.m(x, args)`)
T = "def f(x: torch.Tensor, y: torch.Tensor, z: torch.Tensor):\n    return "
TENSOR_CASES = [
    case("torch.Tensor.argwhere torch.Tensor.positive torch.Tensor.fix torch.Tensor.signbit",
         T + "x.argwhere(), x.positive(), x.fix(), x.signbit()", "w3,4", "f1", "f1"),
    case("torch.Tensor.frexp", T + "tuple(x.frexp())", "w3,4", "f1", "f1"),
    case("torch.Tensor.copysign torch.Tensor.fmax torch.Tensor.fmin torch.Tensor.ldexp torch.Tensor.nextafter",
         T + "x.copysign(y), x.fmax(y), x.fmin(y), x.ldexp(z), x.nextafter(y)", "z3,4", "f3,4", "n3,4"),
    case("torch.Tensor.gcd torch.Tensor.lcm", T + "x.gcd(y), x.lcm(other=y)", "n3,4", "m3,4", "f1"),
    case("torch.Tensor.vdot", T + "x.vdot(y)", "f5", "f5", "f1"),
    case("torch.Tensor.hsplit torch.Tensor.vsplit torch.Tensor.dsplit torch.Tensor.tensor_split",
         T + "x.hsplit(2), x.vsplit([1]), x.dsplit(3), x.tensor_split(3, dim=1)", "f2,4,3", "f1", "f1"),
    case("torch.Tensor.addbmm torch.Tensor.addmv torch.Tensor.addr",
         T + "x.addbmm(y, y.transpose(1, 2), beta=0.5), x[0].addmv(y[0], z), x.addr(x[0], z, alpha=2)",
         "f3,3", "f2,3,3", "f3", atol=1e-4),
    case("torch.Tensor.aminmax", T + "tuple(x.aminmax()), tuple(x.aminmax(dim=1, keepdim=True))", "f3,4", "f1", "f1"),
    case("torch.Tensor.bincount torch.Tensor.histc",
         T + "x.bincount(), x.bincount(y, minlength=9), y.histc(4, -1, 1)", "i6:5", "f6", "f1"),
    case("torch.Tensor.cov torch.Tensor.corrcoef", T + "x.cov(), x.cov(correction=0), x.corrcoef()", "f3,5", "f1",
         "f1"),
    case("torch.Tensor.diag_embed torch.Tensor.diagflat", T + "x.diag_embed(1), x.diagflat(-1)", "f2,3", "f1", "f1"),
    case("torch.Tensor.logcumsumexp", T + "x.logcumsumexp(0)", "f3,4", "f1", "f1", atol=1e-4),
    case("torch.Tensor.median torch.Tensor.nanmedian torch.Tensor.mode",
         T + "x.median(), tuple(x.median(1)), tuple(y.nanmedian(0, True)), tuple(z.mode())", "f3,5", "z3,4", "n3,9"),
    case("torch.Tensor.quantile torch.Tensor.nanquantile",
         T + "x.quantile(0.25, 1), y.nanquantile(y.new_tensor([0.5, 0.9]), dim=0, interpolation='higher')",
         "f3,5", "z3,4", "f1"),
    case("torch.Tensor.take_along_dim torch.Tensor.unique_consecutive",
         T + "x.take_along_dim(y, 1), y.unique_consecutive(return_counts=True)", "f3,4", "i3,2:4", "f1"),
    case("torch.Tensor.hardshrink torch.Tensor.prelu", T + "x.hardshrink(), x.prelu(y)", "f2,3,4", "f3", "f1"),
    case("torch.Tensor.index_add torch.Tensor.index_copy torch.Tensor.index_fill",
         T + "x.index_add(0, y, z, alpha=2), x.index_copy(0, y, z), x.index_fill(1, y, -1)", "f4,4", "r2:4", "f2,4"),
    case("torch.Tensor.index_put torch.Tensor.put torch.Tensor.masked_scatter",
         T + "x.index_put((y,), z[0]), x.put(y, z[:3, 0], accumulate=True), x.masked_scatter(x > 0, z)",
         "f4,4", "r3:4", "f4,4"),
    case("torch.Tensor.scatter_reduce", T + "x.scatter_reduce(1, y, z, 'amax', include_self=False)", "f3,4", "i3,5:4",
         "f3,5"),
    case("torch.Tensor.sum_to_size", T + "x.sum_to_size(3, 1), x.sum_to_size((1, 4)), y.sum_to_size(4)", "f3,4",
         "f2,4", "f1"),
    case("torch.Tensor.is_complex torch.Tensor.is_signed torch.Tensor.is_nonzero torch.Tensor.is_same_size "
         "torch.Tensor.angle torch.Tensor.conj torch.Tensor.resolve_conj torch.Tensor.resolve_neg "
         "torch.Tensor.conj_physical",
         T + "x.is_complex(), z.is_signed(), x[:1].is_nonzero(), x.is_same_size(y), x.angle(), x.conj(), "
         "x.resolve_conj(), x.resolve_neg(), x.conj_physical()", "z3", "f3", "i2"),
    case("torch.Tensor.unfold", T + "x.unfold(1, 3, 2), x.unfold(0, 2, 1), y.unfold(0, 2, 2)", "f3,7", "f5", "f1"),
]

CASES = (POINTWISE_CASES + REDUCTION_CASES + SHAPE_CASES + INDEXING_CASES + CREATION_CASES + DTYPE_CASES + BLAS_CASES
         + STATISTICS_CASES + NN_CASES)


@pytest.mark.parametrize("covers, code, inputs, atol, rtol", TENSOR_CASES)
def test_tensor_method(torch, jittor, covers, code, inputs, atol, rtol):
    both = run_both(code, inputs)
    assert_converts(both, covers)
    assert_same(both.expected, both.actual, atol, rtol)


@pytest.mark.parametrize("covers, code, inputs, atol, rtol", CASES)
def test_function(torch, jittor, covers, code, inputs, atol, rtol):
    both = run_both(code, inputs)
    assert_converts(both, covers)
    assert_same(both.expected, both.actual, atol, rtol)


# The call shapes PyTorch rejects must fail converted too (check_call_shape).
BROKEN_CALL_SHAPES = {
    "unique_consecutive-dim-positional": "PyTorch's boolean dispatch reads the 2nd positional argument as "
                                         "return_counts and then returns the inverse indices for (x, False, True, 0); "
                                         "the helper follows the documented meaning",
}
CALL_SHAPE_CASES = shape_cases(CASES, broken=BROKEN_CALL_SHAPES)


@pytest.mark.parametrize("key, code, inputs, atol, rtol", CALL_SHAPE_CASES)
def test_call_shape(torch, jittor, key, code, inputs, atol, rtol):
    check_call_shape(code, inputs, atol, rtol, covers=[key])


# torch.X_(input, ...): computed as torch.X, written into input, input returned (mappings/torch/inplace.py).
U = "u3,4"  # in (0.05, 0.95): inside every inverse trig and log domain
IN_PLACE = {
    **{name: ("", [U]) for name in (
        "acos asin atan atanh arccos arcsin arctan arctanh asinh arcsinh cos cosh sin sinh tan tanh exp exp2 expm1 "
        "log log2 log10 log1p sqrt rsqrt reciprocal square sigmoid erf erfc i0 sinc logit deg2rad rad2deg abs neg "
        "negative selu relu").split()},
    **{name: ("", ["w3,4"]) for name in "ceil floor trunc fix frac".split()},
    **{name: ("", ["u3,4:1.1,3"]) for name in "acosh arccosh".split()},
    "round": ("decimals=1", ["w3,4"]),
    "nan_to_num": ("posinf=9.0", ["z3,4"]),
    "clamp": ("-0.5, max=0.5", ["f3,4"]),
    "clip": ("min=-0.1", ["f3,4"]),
    "clamp_min": ("0.2", ["f3,4"]),
    "clamp_max": ("y", ["f3,4", "f4"]),
    "celu": ("alpha=0.5", ["f3,4"]),
    "threshold": ("0.1, 20.0", ["f3,4"]),
    "rrelu": ("0.1, 0.3", ["f3,4"]),
    "dropout": ("0.5, False", ["f3,4"]),
    "xlogy": ("y", ["u3,4", "p3,4"]),
    "ldexp": ("y", ["f3,4", "n3,4"]),
    "gcd": ("y", ["n3,4", "m3,4"]),
    "lcm": ("y", ["n3,4", "m3,4"]),
    "addmv": ("y, z, beta=0.5", ["f3", "f3,4", "f4"]),
    "index_put": ("(y,), z, accumulate=True", ["f5,2", "i3:5", "f3,2"]),
    "detach": ("", ["f3,4"]),
}


@pytest.mark.parametrize("name", sorted(IN_PLACE))
def test_in_place_function(torch, jittor, name):
    args, inputs = IN_PLACE[name]
    params = ", ".join("xyz"[:len(inputs)])
    call = f"torch.{name}_(x, {args})" if args else f"torch.{name}_(x)"
    both = run_both(f"def f({params}):\n    r = {call}\n    return r, x, r is x\n", inputs)
    assert_converts(both, [f"torch.{name}_"])
    assert_same(both.expected, both.actual, 1e-5, 1e-5)


def test_every_in_place_function_has_a_case():
    from torch2jittor import pjmap

    derived = {k for k in pjmap if k.startswith("torch.") and k.count(".") == 1 and k.endswith("_")
               and pjmap[k]["jittor"]["name"] in ("inplace_apply", "tensor_detach_")}
    assert sorted(derived) == sorted(f"torch.{name}_" for name in IN_PLACE)


COVERED = {key for p in CASES + TENSOR_CASES for key in p.values[0]} | {f"torch.{name}_" for name in IN_PLACE}  # see test_coverage.py

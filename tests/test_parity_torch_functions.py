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

CASES = POINTWISE_CASES + REDUCTION_CASES + SHAPE_CASES


@pytest.mark.parametrize("covers, code, inputs, atol, rtol", CASES)
def test_function(torch, jittor, covers, code, inputs, atol, rtol):
    both = run_both(code, inputs)
    assert_converts(both, covers)
    assert_same(both.expected, both.actual, atol, rtol)


# The call shapes PyTorch rejects must fail converted too (check_call_shape); none is broken today.
CALL_SHAPE_CASES = shape_cases(CASES)


@pytest.mark.parametrize("key, code, inputs, atol, rtol", CALL_SHAPE_CASES)
def test_call_shape(torch, jittor, key, code, inputs, atol, rtol):
    check_call_shape(code, inputs, atol, rtol, covers=[key])


COVERED = {key for p in CASES for key in p.values[0]}  # see test_coverage.py

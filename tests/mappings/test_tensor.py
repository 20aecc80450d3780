"""torch.Tensor methods mapped to jittor.Var methods (mappings/tensor.py), proven by running both frameworks.

Each case is the body of `f(x: torch.Tensor, y: torch.Tensor, ...)` (annotated, so the receivers
are provable tensors), run by PyTorch and, converted, by Jittor on the same numpy inputs (named
input specs of the harness, tests/parity.py); results are compared by the harness's assert_same
(value, shape, dtype, structure). Each case also runs in PaConvert's call shapes of its entry.
In-place cases return (result, receiver, result is receiver): the receiver must change, and the
method must return it.

Method calls on receivers that are not provably tensors (user classes) must stay as written:
see the tests at the end.
"""
import numpy as np
import pytest
from parity import (assert_converts, assert_same, assert_same_error, check_call_shape, covered, entry_case,
                    entry_tests, random_tests, run_both, shape_cases)

from torch2jittor import convert, convert_source
from torch2jittor import pjmap

pytestmark = [pytest.mark.frameworks, pytest.mark.filterwarnings("ignore:The reduce argument of torch.scatter")]

HEADER = "import torch\n"
NAMES = "xyzw"

# --- inputs: names for the harness's input specs used here ----------------------------------------
INPUTS = {
    "f": "f3,4",
    "p": "u3,4:0.5,2",  # positive
    "u": "u3,4:-0.9,0.9",  # inside (-1, 1)
    "g": "u3,4:1.1,3",  # > 1
    "n": "z3,4",  # nan, inf, -inf, 0
    "h": "h3,4",  # halves (ties) and normals
    "i": "j3,4:-5,6",
    "s": "j3,4:4",  # shift amounts
    "s1": "j3,4:1,4",  # divisors
    "b": "b3,4",
    "sq": "f4,4",
    "b3": "f2,3,4",
    "b3t": "f2,4,3",
    "long": "u300,2000:0.5,2",  # positive: a relative error of the sums means something
    "v": "f4",
    "v3": "f3",
    "gi": "i3,2:4",  # gather index along dim 1
    "g0": "i2,4:3",  # gather index along dim 0
    "si": "r3,2:4",  # scatter index along dim 1, no duplicates per row
    "di": np.array([[0, 0, 1, 3], [2, 0, 1, 3], [0, 1, 1, 0]], dtype="int64"),  # duplicates
}


def case(covers, code, inputs="f", atol=1e-5, rtol=1e-5, id=None):
    names = inputs.split()
    params = ", ".join(f"{NAMES[k]}: torch.Tensor" for k in range(len(names)))
    if not code.startswith("def "):
        lines = code.split("\n")
        lines[-1] = "return " + lines[-1]
        code = f"def f({params}):\n" + "".join(f"    {line}\n" for line in lines)
    return pytest.param(covers.split(), code, names, atol, rtol, id=id or f"{covers.split()[0]}:{code.splitlines()[-1].strip()}")


def inplace(covers, call, inputs="f", prep="x.clone()", **kw):
    """`r = y.<call>` on a copy `y` of x: r must be y, and y must hold the result."""
    return case(covers, f"t = {prep}\nr = t.{call}\nr, t, r is t", inputs, **kw)


UNARY = "abs cos cosh sin sinh atan arctan asinh arcsinh tanh exp sigmoid floor ceil erf deg2rad rad2deg negative"
CASES = [
    # --- element-wise, same name -----------------------------------------------------------------
    *[case(f"Tensor.{m}", f"x.{m}()", atol=1e-5) for m in UNARY.split()],
    *[case(f"Tensor.{m}", f"x.{m}()", "u") for m in "acos arccos asin arcsin atanh arctanh tan erfinv".split()],
    *[case(f"Tensor.{m}", f"x.{m}()", "g") for m in "acosh arccosh".split()],
    *[case(f"Tensor.{m}", f"x.{m}()", "p") for m in "log log2 sqrt rsqrt".split()],
    *[case(f"Tensor.{m}", f"x.{m}()", "n") for m in "isnan isinf isfinite isneginf isposinf".split()],
    case("Tensor.abs Tensor.negative Tensor.floor Tensor.ceil", "x.abs(), x.negative(), x.floor(), x.ceil()", "i",
         id="int-unary"),
    case("Tensor.floor Tensor.ceil", "x.floor(), x.ceil()", "h", id="floor-ceil-halves"),
    case("Tensor.logical_not", "x.logical_not(), (x * 0).logical_not()"),
    case("Tensor.logical_not", "x.logical_not()", "i", id="logical_not-int"),
    case("Tensor.logical_not", "x.logical_not()", "b", id="logical_not-bool"),
    case("Tensor.neg", "x.neg()"),
    case("Tensor.neg", "x.neg()", "i", id="neg-int"),
    case("Tensor.absolute", "x.absolute()"),
    case("Tensor.square", "x.square()"),
    case("Tensor.square", "x.square()", "i", id="square-int"),
    # --- binary element-wise ------------------------------------------------------------------------
    case("Tensor.add", "x.add(y), x.add(2.5), x.add(y[0]), x.add(y, alpha=1)", "f f"),
    case("Tensor.add", "x.add(y)", "i i", id="add-int"),
    case("Tensor.sub", "x.sub(y), x.sub(1), x.sub(y, alpha=1)", "f f"),
    case("Tensor.subtract", "x.subtract(y), x.subtract(0.5, alpha=1)", "f f"),
    case("Tensor.mul", "x.mul(y), x.mul(3), x.mul(y[:, :1])", "f f"),
    case("Tensor.mul", "x.mul(y), x.mul(2)", "i i", id="mul-int"),
    case("Tensor.multiply", "x.multiply(y), x.multiply(0.5)", "f f"),
    case("Tensor.div", "x.div(y), x.div(4), x.div(y, rounding_mode=None)", "f p"),
    case("Tensor.div", "x.div(y)", "i s1", id="div-int-true-division", atol=1e-6),
    case("Tensor.divide", "x.divide(y), x.divide(2.0)", "f p"),
    case("Tensor.true_divide", "x.true_divide(y), x.true_divide(3)", "f p"),
    case("Tensor.remainder", "x.remainder(y), x.remainder(1.5), x.remainder(-1.5), (x * 3).remainder(-y)", "f p"),
    case("Tensor.pow", "x.pow(2), x.pow(3), y.pow(0.5), y.pow(x)", "f p"),
    case("Tensor.pow", "x.pow(2)", "i", id="pow-int"),
    case("Tensor.maximum", "x.maximum(y), x.maximum(y[0])", "f f"),
    case("Tensor.minimum", "x.minimum(y), x.minimum(y[:, :1])", "f f"),
    case("Tensor.eq", "x.eq(y), x.eq(0), x.eq(x)", "i i"),
    case("Tensor.ne", "x.ne(y), x.ne(1)", "i i"),
    case("Tensor.not_equal", "x.not_equal(y), x.not_equal(0)", "i i"),
    case("Tensor.gt", "x.gt(y), x.gt(0.5)", "f f"),
    case("Tensor.greater", "x.greater(y), x.greater(0)", "f f"),
    case("Tensor.ge", "x.ge(y), x.ge(0)", "i i"),
    case("Tensor.greater_equal", "x.greater_equal(y), x.greater_equal(-0.5)", "f f"),
    case("Tensor.lt", "x.lt(y), x.lt(0.0)", "f f"),
    case("Tensor.less", "x.less(y), x.less(1)", "i i"),
    case("Tensor.le", "x.le(y), x.le(0)", "i i"),
    case("Tensor.less_equal", "x.less_equal(y), x.less_equal(0.25)", "f f"),
    case("Tensor.logical_and", "x.logical_and(y), x.logical_and(y > 0)", "i f"),
    case("Tensor.logical_or", "x.logical_or(y), (x * 0).logical_or(y > 0)", "i f"),
    case("Tensor.logical_xor", "x.logical_xor(y), x.logical_xor(y > 0)", "f f"),
    case("Tensor.bitwise_and", "x.bitwise_and(y), x.bitwise_and(3)", "i i"),
    case("Tensor.bitwise_and", "x.bitwise_and(y)", "b b", id="bitwise_and-bool"),
    case("Tensor.bitwise_or", "x.bitwise_or(y), x.bitwise_or(4)", "i i"),
    case("Tensor.bitwise_or", "x.bitwise_or(y)", "b b", id="bitwise_or-bool"),
    case("Tensor.bitwise_xor", "x.bitwise_xor(y), x.bitwise_xor(1)", "i i"),
    case("Tensor.bitwise_xor", "x.bitwise_xor(y)", "b b", id="bitwise_xor-bool"),
    case("Tensor.bitwise_left_shift", "x.bitwise_left_shift(y), x.bitwise_left_shift(2)", "i s"),
    case("Tensor.bitwise_right_shift", "x.bitwise_right_shift(y), x.bitwise_right_shift(1)", "i s"),
    # --- products ------------------------------------------------------------------------------------
    case("Tensor.matmul", "x.matmul(y.t()), x.matmul(y[0])", "f f"),
    case("Tensor.matmul", "x.matmul(y)", "b3 b3t", id="matmul-batched"),
    case("Tensor.mm", "x.mm(y.t())", "f f"),
    case("Tensor.bmm", "x.bmm(y)", "b3 b3t"),
    case("Tensor.mv", "x.mv(y)", "f v"),
    case("Tensor.outer", "x.outer(y)", "v v3"),
    case("Tensor.ger", "x.ger(y)", "v v3"),
    case("Tensor.outer", "x[0].outer(y), x[0].outer(x[1]), y.ger(x[0])", "i v3", id="outer-int-float"),
    # --- dtype conversions ---------------------------------------------------------------------------
    case("Tensor.float", "x.float(), x.float().float()", "i"),
    case("Tensor.double", "x.double(), (x * 3).double()", "f"),
    case("Tensor.double", "x.double()", "i", id="double-int"),
    case("Tensor.half", "x.half()", "f", atol=0, rtol=0),
    case("Tensor.bool", "x.bool(), (x * 0).bool()", "f"),
    case("Tensor.bool", "x.bool()", "i", id="bool-int"),
    case("Tensor.int", "(x * 3).int(), (x * 3).int().int()", "f"),
    case("Tensor.long", "(x * 3).long(), (x * 3).long() + 1", "f"),
    case("Tensor.long", "x.long()", "i", id="long-int"),
    case("Tensor.short", "(x * 3).short()", "f"),
    case("Tensor.char", "(x * 3).char()", "f"),
    case("Tensor.byte", "(x * 50).byte(), x.bool().byte()", "p"),
    case("Tensor.type_as", "x.type_as(y), y.type_as(x), x.type_as(y.double())", "f i"),
    # a cast to the tensor's own dtype is the tensor itself: an in-place op through it changes x
    case("Tensor.float Tensor.double Tensor.long Tensor.type_as Tensor.to Tensor.type",
         "t = x.clone()\na = t.float()\na.add_(1)\nb = t.to(torch.float32)\nb.mul_(2)\nc = t.type_as(y)\nc.sub_(1)\n"
         "d = t.type(torch.float32)\nd.add_(3)\ne = t.to(y)\ne.mul_(3)\n"
         "k = y.double().long()\nm = k.long()\nm.add_(5)\n"
         "t, a is t, b is t, c is t, d is t, e is t, t.double() is t, k, m is k", "f f"),
    case("Tensor.to", "t = x.clone()\nc = t.to(torch.float32, copy=True)\nc.add_(1)\nd = t.to(y, copy=True)\n"
         "d.mul_(2)\ne = t.to('cpu', torch.float32, False, True)\ne.sub_(1)\nt, c, d, e, c is t", "f f",
         id="to-copy"),
    # --- data access ------------------------------------------------------------------------------------
    case("Tensor.detach", "x.detach(), (x * 2).detach()"),
    case("Tensor.clone", "x.clone(), (x + 1).clone()"),
    case("Tensor.numel", "x.numel(), x[0].numel()"),
    case("Tensor.nelement", "x.nelement()", "b3"),
    case("Tensor.dim", "x.dim(), x[0].dim()", "b3"),
    case("Tensor.ndimension", "x.ndimension()", "b3"),
    case("Tensor.item", "x[1, 2].item(), (x > 0)[0, 0].item()"),
    case("Tensor.item", "x[1, 2].item()", "i", id="item-int"),
    case("Tensor.tolist", "x.tolist(), x[0].tolist()"),
    case("Tensor.tolist", "x.tolist()", "i", id="tolist-int"),
    case("Tensor.numpy", "x.numpy(), (x * 2).numpy(force=True)"),
    # --- shape ----------------------------------------------------------------------------------------------
    case("Tensor.expand", "x[:1].expand(3, -1), x.expand(2, 3, 4), x[:, :1].expand((3, 4)), x[:1].expand([2, 3, 4])"),
    case("Tensor.expand_as", "x[:1].expand_as(x), y[0].expand_as(x)", "f f"),
    case("Tensor.broadcast_to", "x[0].broadcast_to((3, 4)), x[:, :1].broadcast_to([2, 3, 4]), x.broadcast_to(size=(2, 3, 4))"),
    case("Tensor.view_as", "x.view_as(y.t()), x[0].view_as(z)", "f f v"),
    case("Tensor.reshape_as", "x.reshape_as(y.t()), x[0].reshape_as(y[:2, :2])", "f f"),
    case("Tensor.ravel", "x.ravel()", "b3"),
    case("Tensor.repeat", "x.repeat(2, 1), x.repeat(2, 1, 3), x.repeat((1, 2)), x[0].repeat([3])"),
    case("Tensor.repeat_interleave", "x.repeat_interleave(2), x.repeat_interleave(2, -1), x.repeat_interleave(repeats=3, dim=0)"),
    case("Tensor.unsqueeze", "x.unsqueeze(0), x.unsqueeze(-1), x.unsqueeze(dim=1)"),
    case("Tensor.squeeze", "x.reshape(1, 3, 1, 4).squeeze(), x.reshape(1, 3, 1, 4).squeeze(-2), x[:1].squeeze(dim=0)"),
    case("Tensor.transpose", "x.transpose(0, 1), x.transpose(-1, -2), x.transpose(2, 0)", "b3"),
    case("Tensor.swapaxes", "x.swapaxes(0, 2), x.swapaxes(-1, 1)", "b3"),
    case("Tensor.swapdims", "x.swapdims(1, 2), x.swapdims(0, -1)", "b3"),
    case("Tensor.t", "x.t(), x.t().t()"),
    case("Tensor.flip", "x.flip((0, 1)), x.flip([2]), x.flip(1), x.flip(dims=[0])", "b3"),
    case("Tensor.fliplr", "x.fliplr()", "b3"),
    case("Tensor.flipud", "x.flipud()", "b3"),
    case("Tensor.tril", "x.tril(), x.tril(-1), x.tril(diagonal=2)", "b3"),
    case("Tensor.triu", "x.triu(), x.triu(1), x.triu(diagonal=-1)", "b3"),
    case("Tensor.diag", "x.diag(), x.diag(1), x.diag(-2), x.diag(diagonal=3)", "sq"),
    case("Tensor.diag", "x.diag(), x.diag(1), x.diag(diagonal=-2)", "v", id="diag-vector"),
    case("Tensor.split", "x.split(2, dim=1), x.split([1, 3], -1), x.split(split_size=2), x.split(1)"),
    case("Tensor.unbind", "x.unbind(), x.unbind(1), x.unbind(dim=-1)"),
    # --- reductions -----------------------------------------------------------------------------------------------
    case("Tensor.sum", "x.sum(), x.sum(1), x.sum(-1, True), x.sum(dim=0, keepdim=True), x.sum((0, 2))", "b3"),
    case("Tensor.mean", "x.mean(), x.mean(1), x.mean(-1, True), x.mean(dim=2, keepdim=True), x.mean((0, 1))", "b3"),
    # many values: Jittor's one-pass float32 sum was off by ~1e-5 relative over 600,000 values, PyTorch's is not
    # (the helper package, which torch.sum's conversion imports, makes Var.sum/mean precise)
    case("Tensor.sum Tensor.mean", "x.sum(), x.mean(), x.sum(1), x.mean(0, keepdim=True), x.reshape(-1).sum(), x.sum((0, 1)),"
         " torch.sum(x)", "long", atol=0, rtol=2e-6, id="reductions-over-many-values"),
    case("Tensor.prod", "x.prod(), x.prod(1), x.prod(-1, True), x.prod(dim=0, keepdim=False)", "b3"),
    case("Tensor.amax", "x.amax(), x.amax(1), x.amax((0, 2)), x.amax(-1, True), x.amax(dim=0, keepdim=True), x.amax(dim=(1, -1)), x.amax(dim=[0, 2], keepdim=True)", "b3"),
    case("Tensor.amin", "x.amin(), x.amin(1), x.amin((0, 2)), x.amin(-1, True), x.amin(dim=0, keepdim=True), x.amin(dim=(1, -1)), x.amin(dim=[0, 2], keepdim=True)", "b3"),
    case("Tensor.max", "x.max(), (x * 2).max()", "b3"),
    case("Tensor.min", "x.min(), (x - 1).min()", "b3"),
    case("Tensor.max Tensor.min", "x.max(), x.min()", "i", id="max-min-int"),
    case("Tensor.median", "x.median(), x[0].median()", "b3"),
    case("Tensor.var", "x.var(), x.var(1), x.var(1, True, True), x.var(dim=0, keepdim=True), x.var(-1, unbiased=True)", "b3"),
    case("Tensor.var", "x.var(2, correction=1), x.var(keepdim=False)", "b3", id="var-correction-default"),
    case("Tensor.var", "x.var(dim=(1, 2)), x.var(dim=[0, 2], keepdim=True), x.var((0, 1), False), x.var(dim=-1, correction=0)",
         "b3", id="var-dims-tuple"),
    case("Tensor.any", "x.any(), x.any(1), x.any(dim=0), (x > 5).any()", "b"),
    case("Tensor.any", "x.any(), x.any(1), (x * 0).any(), x.any(-1, keepdim=False)", "i", id="any-int"),
    case("Tensor.all", "x.all(), x.all(1), x.all(dim=0), (x | True).all()", "b"),
    case("Tensor.all", "x.all(), x.all(0), (x * 0 + 1).all(), x.all(1, keepdim=False)", "i", id="all-int"),
    case("Tensor.logsumexp", "x.logsumexp(1), x.logsumexp(-1, True), x.logsumexp(dim=0, keepdim=True), x.logsumexp((0, 2))", "b3"),
    case("Tensor.softmax", "x.softmax(1), x.softmax(-1), x.softmax(dim=0), x.softmax(1, dtype=None)", "b3"),
    case("Tensor.log_softmax", "x.log_softmax(1), x.log_softmax(-1), x.log_softmax(dim=0)", "b3"),
    case("Tensor.cumsum", "x.cumsum(1), x.cumsum(0), x.cumsum(dim=-1), x.cumsum(2, dtype=None), x.cumsum(-2), x.cumsum(dim=-3)", "b3"),
    # --- clamping, selection, scatter -----------------------------------------------------------------------------
    case("Tensor.clamp", "x.clamp(-0.5, 0.5), x.clamp(min=0), x.clamp(max=0.2), x.clamp(min=-1, max=1), x.clamp(None, 0.3)"),
    case("Tensor.clamp", "x.clamp(-2, 2)", "i", id="clamp-int"),
    case("Tensor.clip", "x.clip(-0.5, 0.5), x.clip(min=0.1), x.clip(max=-0.1)"),
    case("Tensor.clamp_min", "x.clamp_min(0.1), x.clamp_min(min=-0.2)"),
    case("Tensor.clamp_max", "x.clamp_max(0.1), x.clamp_max(max=-0.2)"),
    case("Tensor.masked_fill", "x.masked_fill(x > 0, 0.0), x.masked_fill(mask=y > 0, value=-1.5), x.masked_fill(y[0] > 0, 2)", "f f"),
    case("Tensor.gather", "x.gather(1, y), x.gather(dim=1, index=y), x.gather(1, y, sparse_grad=False)", "f gi"),
    case("Tensor.gather", "x.gather(0, y), x.gather(-2, y)", "f g0", id="gather-dim0"),
    case("Tensor.scatter", "x.scatter(1, y, z), x.scatter(dim=1, index=y, src=z), x.scatter(1, y, z, reduce='add')", "f si f"),
    case("Tensor.scatter", "x.scatter(1, y, z, reduce='multiply')", "f si f", id="scatter-multiply"),
    case("Tensor.scatter", "x.scatter(1, y, 5.0), x.scatter(1, y, value=2.0), x.scatter(1, y, 3.0, reduce='add')",
         "f si", id="scatter-value"),
    case("Tensor.scatter_add", "x.scatter_add(1, y, z), x.scatter_add(dim=1, index=y, src=z)", "f di f"),
    # --- new tensors --------------------------------------------------------------------------------------------------
    case("Tensor.new_zeros", "x.new_zeros((2, 3)), x.new_zeros(5), x.new_zeros([2, 1], device=None), y.new_zeros((2,))", "f i"),
    case("Tensor.new_ones", "x.new_ones((2, 3)), x.new_ones(4), y.new_ones(size=[2, 1]), x.new_ones((1,), dtype=None)", "f i"),
    case("Tensor.new_ones", "x.new_ones(y.size()), y.new_zeros(x.shape), x.new_empty(x.size()).shape, x.new_ones(size=y.shape)",
         "f i"),
    case("Tensor.new_full", "x.new_full((2, 3), 1.5), y.new_full((2,), 7), x.new_full(size=(1, 2), fill_value=-3.0)", "f i"),
    case("Tensor.new_empty", "list(x.new_empty((2, 3)).shape), y.new_empty(4).dtype == y.dtype, x.new_empty([1, 2]).dtype == x.dtype", "f i"),
    # --- in-place --------------------------------------------------------------------------------------------------------
    inplace("Tensor.add_", "add_(y)", "f f"),
    inplace("Tensor.add_", "add_(2.5, alpha=1)", id="add_-scalar"),
    inplace("Tensor.sub_", "sub_(y[0])", "f f"),
    inplace("Tensor.mul_", "mul_(y)", "f f"),
    inplace("Tensor.mul_", "mul_(3)", "i", id="mul_-int"),
    inplace("Tensor.multiply_", "multiply_(y)", "f f"),
    inplace("Tensor.pow_", "pow_(2)"),
    inplace("Tensor.pow_", "pow_(exponent=0.5)", "p", id="pow_-keyword"),
    inplace("Tensor.clamp_", "clamp_(-0.5, 0.5)"),
    inplace("Tensor.clamp_", "clamp_(max=0.1)", id="clamp_-max"),
    inplace("Tensor.clip_", "clip_(min=0.0)"),
    inplace("Tensor.fill_", "fill_(1.5)"),
    inplace("Tensor.fill_", "fill_(value=3)", "i", id="fill_-int"),
    inplace("Tensor.zero_", "zero_()"),
    inplace("Tensor.masked_fill_", "masked_fill_(x > 0, -1.0)"),
    inplace("Tensor.masked_fill_", "masked_fill_(mask=x < 0, value=2.0)", id="masked_fill_-keywords"),
    inplace("Tensor.abs_", "abs_()"),
    inplace("Tensor.absolute_", "absolute_()"),
    inplace("Tensor.sqrt_", "sqrt_()", "p"),
    inplace("Tensor.rsqrt_", "rsqrt_()", "p"),
    inplace("Tensor.sigmoid_", "sigmoid_()"),
    inplace("Tensor.erf_", "erf_()"),
    inplace("Tensor.erfinv_", "erfinv_()", "u"),
    inplace("Tensor.log2_", "log2_()", "p"),
    inplace("Tensor.deg2rad_", "deg2rad_()"),
    inplace("Tensor.rad2deg_", "rad2deg_()"),
    inplace("Tensor.t_", "t_()"),
    inplace("Tensor.cumsum_", "cumsum_(1)"),
    inplace("Tensor.cumsum_", "cumsum_(dim=0)", id="cumsum_-keyword"),
    inplace("Tensor.transpose_", "transpose_(0, 2)", "b3"),
    inplace("Tensor.unsqueeze_", "unsqueeze_(1)"),
    inplace("Tensor.unsqueeze_", "unsqueeze_(dim=-1)", id="unsqueeze_-keyword"),
    inplace("Tensor.squeeze_", "squeeze_()", prep="x.clone().unsqueeze(0)"),
    inplace("Tensor.squeeze_", "squeeze_(1)", prep="x.clone().unsqueeze(1)", id="squeeze_-dim"),
    inplace("Tensor.tril_", "tril_()", "sq"),
    inplace("Tensor.tril_", "tril_(diagonal=0)", "sq", id="tril_-default-diagonal"),
    inplace("Tensor.triu_", "triu_(1)", "sq"),
    inplace("Tensor.scatter_", "scatter_(1, y, z)", "f si f"),
    inplace("Tensor.scatter_", "scatter_(1, y, z, reduce='add')", "f di f", id="scatter_-add"),
    inplace("Tensor.scatter_add_", "scatter_add_(1, y, z)", "f di f"),
]


def _both(code, names, seed=0):
    return run_both(code, [INPUTS[n] for n in names], header=HEADER, seed=seed)


@pytest.mark.parametrize("covers, code, names, atol, rtol", CASES)
def test_method_entry(torch, jittor, covers, code, names, atol, rtol):
    both = _both(code, names)
    assert_same(both.expected, both.actual, atol, rtol)
    for key in covers:
        # the method was rewritten, not merely left alone by accident
        name = key.split(".", 1)[1]
        assert f".{name}(" in code, (key, code)


CALL_SHAPE_CASES = shape_cases(CASES)


@pytest.mark.parametrize("key, code, names, atol, rtol", CALL_SHAPE_CASES)
def test_method_call_shape(torch, jittor, key, code, names, atol, rtol):
    check_call_shape(code, [INPUTS[n] for n in names], atol, rtol, header=HEADER, covers=[key])


# --- random fills: same distribution -------------------------------------------------------------------
@pytest.mark.parametrize("call, low, high, mean, std", [
    ("uniform_()", 0.0, 1.0, 0.5, (1 / 12) ** 0.5),
    ("uniform_(-2, 3)", -2.0, 3.0, 0.5, (25 / 12) ** 0.5),
    ("normal_()", -np.inf, np.inf, 0.0, 1.0),
    ("normal_(2.0, 0.5)", -np.inf, np.inf, 2.0, 0.5),
    ("normal_(mean=-1, std=3)", -np.inf, np.inf, -1.0, 3.0),
])
def test_random_fill_entry(torch, jittor, call, low, high, mean, std):
    code = f"def f(x: torch.Tensor):\n    t = x.new_zeros((400, 500))\n    r = t.{call}\n    return r, t, r is t\n"
    both = _both(code, ["f"])
    for framework, result in zip(("torch", "jittor"), (both.expected, both.actual)):
        r, t, same = result
        values = r.numpy() if hasattr(r, "numpy") else r
        assert same is True, framework
        assert values.shape == (400, 500) and values.dtype == np.float32, framework
        np.testing.assert_array_equal(values, t.numpy(), err_msg=framework)
        assert values.min() >= low and values.max() <= high, framework
        assert abs(values.mean() - mean) < 0.02 * max(std, 1), (framework, values.mean())
        assert abs(values.std() - std) < 0.02 * std, (framework, values.std())


# --- documented Jittor differences ---------------------------------------------------------------------
def test_integer_and_bool_sums_are_int64(torch, jittor):
    """PyTorch accumulates integer and bool sums and products in int64; Jittor keeps int32 (the helper
    package's Var methods cast first)."""
    code = ("def f(x: torch.Tensor, b: torch.Tensor):\n"
            "    return x.sum(1), x.cumsum(1), x.prod(0), b.sum(), b.sum(0), (x > 0).sum(1), x.cumprod(1)\n")
    both = run_both(code, [INPUTS["i"], INPUTS["b"]], header=HEADER)
    assert_same(both.expected, both.actual)


def test_mean_over_no_elements_is_nan(torch, jittor):
    """`loss[mask].mean()` of an all-False mask, a mean over a dimension of size 0: PyTorch's NaN (Jittor's
    Var.mean gave 0; the helper package's Var methods fill it)."""
    code = ("def f(x: torch.Tensor):\n"
            "    e = x[x > 100]\n"
            "    z = x[:0]\n"
            "    return e.mean(), z.mean(0), z.mean(1), z.mean(dim=(0, 1), keepdim=True), z.t().mean(-1), x.mean(0)\n")
    both = run_both(code, ["f3,4"], header=HEADER)
    assert_same(both.expected, both.actual)


def test_arguments_jittor_cannot_take_are_reported():
    code = HEADER + (
        "def f(x: torch.Tensor, y: torch.Tensor):\n"
        "    a = x.max(1)\n"
        "    b = x.min(dim=0, keepdim=True)\n"
        "    c = x.cumsum(0, dtype=torch.float64)\n"
        "    d = x.add(y, alpha=2)\n"
        "    e = x.var(1, False)\n"
        "    g = x.sum(1, dtype=torch.float64)\n"
        "    h = x.tril_(1)\n"
        "    return a, b, c, d, e, g, h\n"
    )
    result = convert_source(code)
    flagged = {(d.line, d.message.split("'")[1]) for d in result.unsupported if d.kind == "unsupported-argument"}
    assert flagged == {(9, "diagonal")}, flagged
    # dtype/unbiased: torch's function of the same name, a helper, takes them (see
    # test_arguments_only_torch_functions_take_go_to_their_helpers)
    for call in ("t2j.cumsum(x, 0, dtype=jt.float64)", "t2j.var(x, 1, False)", "t2j.sum_(x, 1, dtype=jt.float64)"):
        assert call in result.code, call
    assert (6, "alpha") not in flagged  # add with alpha goes to a helper taking it (rules/alpha_argument.py)
    lines = result.code.splitlines()
    # max/min with a dim go to helpers returning PyTorch's (values, int64 indices): see METHOD_HELPER_CASES
    assert "t2j.tensor_max(x, 1)" in result.code and "t2j.tensor_min(x, dim=0, keepdim=True)" in result.code
    assert "t2j.add(x, y, alpha=2)" in [l for l in lines if "alpha" in l][0]


def test_defaults_restated_are_dropped():
    code = HEADER + (
        "def f(x: torch.Tensor, y: torch.Tensor):\n"
        "    return x.add(y, alpha=1), x.prod(1, dtype=None), x.any(1, keepdim=False)\n"
    )
    result = convert_source(code)
    assert not result.unsupported, [d.format() for d in result.unsupported]
    assert "return x.add(y), x.prod(1), x.any(1)" in result.code


# --- what the converter leaves as keywords, Jittor's Var methods take as keywords --------------------
# A value for each Jittor parameter name of the Var-method entries, on x = [[1, 2, 3], [4, 5, 6]].
KEYWORD_VALUES = {
    "y": "x", "b": "x", "dim": "1", "keepdims": "True", "shape": "(2, 3)", "dims": "()", "dim0": "0", "dim1": "1",
    "min_v": "0.0", "max_v": "1.0", "diagonal": "0", "start_dim": "0", "end_dim": "-1", "index": "idx",
    "mask": "x > 2", "value": "1.0", "size": "(2, 2)", "val": "1.0", "mean": "0.0", "std": "1.0", "low": "0.0",
    "high": "1.0", "log": "False", "split_size": "1", "repeats": "2", "src": "x", "reduce": "'void'",
    "unbiased": "False", "keepdim": "False",
}
INTEGER_OPERANDS = {"bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "right_shift"}


def test_var_methods_take_the_keywords_the_table_leaves(jittor):
    """A Jittor parameter the table does not mark positional-only (`/`) is passed by keyword when the
    PyTorch call names it: Jittor's method must accept that keyword (its C++ methods take no keyword
    for their operands: `x.add(y=y)` raises)."""
    from torch2jittor.mapping import make_entry

    jt = jittor
    refused = []
    for key, raw in sorted(pjmap.items()):
        entry = make_entry(key, raw)
        if not key.startswith("torch.Tensor.") or not entry.is_method or entry.rule:
            continue
        for param in entry.jittor.params:
            if param.posonly or param.kind not in ("positional", "kwonly"):
                continue
            x = jt.array([[1, 2, 3], [4, 5, 6]]) if entry.jittor_name in INTEGER_OPERANDS else \
                jt.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
            if entry.jittor_name.startswith("logical_"):
                x = x > 2
            env = {"x": x, "idx": jt.array([[0, 1, 0], [1, 0, 1]])}
            before = [KEYWORD_VALUES[p.name] for p in entry.jittor.positional[:entry.jittor.index(param.name)]
                      if p.default is None]
            call = f"x.{entry.jittor_name}({', '.join(before + [f'{param.name}={KEYWORD_VALUES[param.name]}'])})"
            try:
                eval(call, env)
            except Exception as exc:  # noqa: BLE001 - values unfit for a method are not what is checked here
                if "keyword" in str(exc) or "Wrong inputs arguments" in str(exc):
                    refused.append(f"{key}: {call}: {str(exc).splitlines()[0]}")
    assert not refused, "\n".join(refused)


# --- receivers that are not tensors stay as written --------------------------------------------------
# Every jittor.Var-method entry of the table (module "") without a hand-written rule.
METHOD_NAMES = sorted(k.rsplit(".", 1)[1] for k, v in pjmap.items()
                      if k.startswith("torch.Tensor.") and v["jittor"]["module"] == "" and not v.get("rule"))


@pytest.mark.parametrize("name", METHOD_NAMES)
def test_method_on_user_object_is_left_unchanged(name):
    source = (
        "class Box:\n"
        f"    def {name}(self, *args, **kwargs):\n"
        "        return args, kwargs\n"
        "\n"
        "    def again(self):\n"
        f"        return self.{name}(1, dim=2)\n"
        "\n"
        "\n"
        "def use(obj, n=3):\n"
        "    box = Box()\n"
        f"    return box.{name}(), box.{name}(0, 1), obj.{name}(n, keepdim=True), Box().{name}(dim=-1)\n"
    )
    assert convert(source) == source


@pytest.mark.parametrize("name", METHOD_NAMES)
def test_method_on_user_object_in_a_torch_file_is_left_unchanged(name):
    user_lines = [
        f"    return box.{name}(), box.{name}(0, 1), obj.{name}(n, keepdim=True), x.abs()",
    ]
    source = (
        "import torch\n"
        "\n"
        "class Box:\n"
        f"    def {name}(self, *args, **kwargs):\n"
        "        return args\n"
        "\n"
        "\n"
        "def use(obj, x: torch.Tensor, n=3):\n"
        "    box = Box()\n"
        + "\n".join(user_lines) + "\n"
    )
    code = convert(source)
    # obj may be a Var: PyTorch's method then (an argument that method cannot honour is reported)
    wrapped = f"t2j.maybe_tensor(obj).{name}(n, keepdim=True)"
    lines = [line.split("  # torch2jittor: ")[0] for line in code.splitlines()]
    for line in user_lines:
        assert line in lines or line.replace(f"obj.{name}(n, keepdim=True)", wrapped) in lines, code
    assert "x: jt.Var" in code  # the file itself was converted


ENTRY_CASES = [
    entry_case(
        "torch.Tensor.cuda torch.Tensor.cpu torch.Tensor.to torch.float16 torch.float64 torch.float32",
        "def f(x: torch.Tensor):\n"
        "    device = 'cpu'\n"
        "    if torch.cuda.is_available():  # False here: PyTorch cannot run x.cuda() on this machine\n"
        "        x = x.cuda()\n"
        "    return x.cpu().to(device).to(torch.float64).to(torch.float32) + x.to(torch.float16).to(torch.float32)",
        "f2,3,8,8",
        atol=1e-3,
        rtol=1e-4,
    ),
    entry_case("torch.Tensor.pin_memory torch.cuda.is_bf16_supported",
               "def f(x: torch.Tensor):\n"
               "    y = x.pin_memory() if torch.cuda.is_available() else x.clone()\n"
               "    return y, y is x, torch.cuda.is_bf16_supported()", "f2,3"),
    # an integer tensor clamped by a float or raised to a float power is float32 (Jittor's clamp and pow give
    # float64), relu keeps it int (Jittor's makes it float), min/max take another tensor (the elementwise form)
    entry_case("torch.Tensor.clamp", "def f(x: torch.Tensor): return x.clamp(2.5)", "n3,4", id="clamp-int-float-min"),
    entry_case("torch.Tensor.clamp", "def f(x: torch.Tensor): return x.clamp(min=-2, max=3)", "n3,4", id="clamp-int-int"),
    entry_case("torch.Tensor.clamp", "def f(x: torch.Tensor): return x.clamp(max=0.5)", "b3,4", id="clamp-bool-float"),
    entry_case("torch.Tensor.clamp", "def f(x: torch.Tensor, lo): return x.clamp(lo)", "n3,4", "f4", id="clamp-tensor-bound"),
    entry_case("torch.Tensor.clamp", "def f(x: torch.Tensor): return x.clamp(-0.5, 0.5)", "f3,4", id="clamp-float"),
    entry_case("torch.Tensor.clip", "def f(x: torch.Tensor): return x.clip(-1.5, 1.5)", "n3,4", id="clip-int-float"),
    entry_case("torch.Tensor.clamp_min", "def f(x: torch.Tensor): return x.clamp_min(0.5)", "n3,4", id="clamp_min-int-float"),
    entry_case("torch.Tensor.clamp_min", "def f(x: torch.Tensor): return x.clamp_min(min=0)", "f3,4", id="clamp_min-float"),
    entry_case("torch.Tensor.clamp_max", "def f(x: torch.Tensor): return x.clamp_max(1)", "n3,4", id="clamp_max-int"),
    entry_case("torch.Tensor.clamp_max", "def f(x: torch.Tensor): return x.clamp_max(max=0.25)", "f3,4", id="clamp_max-float"),
    entry_case("torch.Tensor.clamp_", "def f(x: torch.Tensor):\n    x.clamp_(-1, 2)\n    return x", "n3,4", id="clamp_-int"),
    entry_case("torch.Tensor.clamp_", "def f(x: torch.Tensor):\n    y = x.clamp_(max=0.0)\n    return x, y", "f3,4", id="clamp_-float"),
    entry_case("torch.Tensor.clamp_min_", "def f(x: torch.Tensor):\n    x.clamp_min_(0)\n    return x", "n3,4", id="clamp_min_-int"),
    entry_case("torch.Tensor.clamp_max_", "def f(x: torch.Tensor):\n    x.clamp_max_(0.5)\n    return x", "f3,4",
               id="clamp_max_-float"),
    entry_case("torch.Tensor.pow", "def f(x: torch.Tensor): return x.pow(0.5)", "i3,4", id="pow-int-float"),
    entry_case("torch.Tensor.pow", "def f(x: torch.Tensor): return x.pow(2)", "n3,4", id="pow-int-int"),
    entry_case("torch.Tensor.pow", "def f(x: torch.Tensor): return x.pow(exponent=3)", "f3,4", id="pow-float"),
    entry_case("torch.Tensor.pow", "def f(x: torch.Tensor, e): return x.pow(e)", "i3,4", "p3,4", id="pow-int-tensor"),
    entry_case("torch.Tensor.relu", "def f(x: torch.Tensor): return x.relu()", "n3,4", id="Tensor.relu-int"),
    entry_case("torch.Tensor.min", "def f(x: torch.Tensor, y): return x.min(y)", "n3,4", "n4", id="min-other"),
    entry_case("torch.Tensor.min", "def f(x: torch.Tensor, y): return x.min(y)", "f3,4", "n3,4", id="min-other-promoted"),
    entry_case("torch.Tensor.max", "def f(x: torch.Tensor, y): return x.max(y)", "n3,4", "n3,4", id="max-other"),
    entry_case("torch.Tensor.min", "def f(x: torch.Tensor): return x.min(1, keepdim=True)", "n3,4", id="min-dim"),
    entry_case("torch.Tensor.max", "def f(x: torch.Tensor): return x.max()", "n3,4", id="max-all"),
]


def test_pin_memory_without_a_gpu_raises_as_in_pytorch(torch, jittor):
    assert_same_error("def f(x: torch.Tensor):\n    return x.pin_memory()", ["f2,3"])


RANDOM_CASES = [
    ("torch.Tensor.bernoulli", "def f(x): return torch.full((100, 100), 0.2).bernoulli()", "bernoulli0.2"),
    ("torch.Tensor.bernoulli_", "def f(x): return torch.empty(100, 100).bernoulli_(0.4)", "bernoulli0.4"),
    ("torch.Tensor.bernoulli_", "def f(x): return torch.zeros(100, 100).bernoulli_(torch.full((100, 100), 0.6))",
     "bernoulli0.6"),
    ("torch.Tensor.multinomial", "def f(x): return torch.tensor([2.0, 0.0, 6.0]).multinomial(20000, replacement=True)",
     "categories0.25_0_0.75"),
]


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)
test_random_entry = random_tests(RANDOM_CASES)


# torch.Tensor methods computed by the same helpers, the receiver first (`x.m(args)` -> `t2j.m(x, args)`)
T = "def f(x: torch.Tensor, y: torch.Tensor, z: torch.Tensor):\n    return "
TENSOR_HELPER_CASES = [
    entry_case("torch.Tensor.argwhere torch.Tensor.positive torch.Tensor.fix torch.Tensor.signbit",
               T + "x.argwhere(), x.positive(), x.fix(), x.signbit()", "w3,4", "f1", "f1"),
    entry_case("torch.Tensor.frexp", T + "tuple(x.frexp())", "w3,4", "f1", "f1"),
    entry_case("torch.Tensor.copysign torch.Tensor.fmax torch.Tensor.fmin torch.Tensor.ldexp torch.Tensor.nextafter",
               T + "x.copysign(y), x.fmax(y), x.fmin(y), x.ldexp(z), x.nextafter(y)", "z3,4", "f3,4", "n3,4"),
    entry_case("torch.Tensor.gcd torch.Tensor.lcm", T + "x.gcd(y), x.lcm(other=y)", "n3,4", "m3,4", "f1"),
    entry_case("torch.Tensor.vdot", T + "x.vdot(y)", "f5", "f5", "f1"),
    entry_case("torch.Tensor.hsplit torch.Tensor.vsplit torch.Tensor.dsplit torch.Tensor.tensor_split",
               T + "x.hsplit(2), x.vsplit([1]), x.dsplit(3), x.tensor_split(3, dim=1)", "f2,4,3", "f1", "f1"),
    entry_case("torch.Tensor.addbmm torch.Tensor.addmv torch.Tensor.addr",
               T + "x.addbmm(y, y.transpose(1, 2), beta=0.5), x[0].addmv(y[0], z), x.addr(x[0], z, alpha=2)",
               "f3,3", "f2,3,3", "f3", atol=1e-4),
    entry_case("torch.Tensor.aminmax", T + "tuple(x.aminmax()), tuple(x.aminmax(dim=1, keepdim=True))", "f3,4", "f1", "f1"),
    entry_case("torch.Tensor.bincount torch.Tensor.histc",
               T + "x.bincount(), x.bincount(y, minlength=9), y.histc(4, -1, 1)", "i6:5", "f6", "f1"),
    entry_case("torch.Tensor.cov torch.Tensor.corrcoef", T + "x.cov(), x.cov(correction=0), x.corrcoef()", "f3,5", "f1",
               "f1"),
    entry_case("torch.Tensor.diag_embed torch.Tensor.diagflat", T + "x.diag_embed(1), x.diagflat(-1)", "f2,3", "f1", "f1"),
    entry_case("torch.Tensor.logcumsumexp", T + "x.logcumsumexp(0)", "f3,4", "f1", "f1", atol=1e-4),
    entry_case("torch.Tensor.median torch.Tensor.nanmedian torch.Tensor.mode",
               T + "x.median(), tuple(x.median(1)), tuple(y.nanmedian(0, True)), tuple(z.mode())", "f3,5", "z3,4", "n3,9"),
    entry_case("torch.Tensor.quantile torch.Tensor.nanquantile",
               T + "x.quantile(0.25, 1), y.nanquantile(y.new_tensor([0.5, 0.9]), dim=0, interpolation='higher')",
               "f3,5", "z3,4", "f1"),
    entry_case("torch.Tensor.take_along_dim torch.Tensor.unique_consecutive",
               T + "x.take_along_dim(y, 1), y.unique_consecutive(return_counts=True)", "f3,4", "i3,2:4", "f1"),
    entry_case("torch.Tensor.hardshrink torch.Tensor.prelu", T + "x.hardshrink(), x.prelu(y)", "f2,3,4", "f3", "f1"),
    entry_case("torch.Tensor.index_add torch.Tensor.index_copy torch.Tensor.index_fill",
               T + "x.index_add(0, y, z, alpha=2), x.index_copy(0, y, z), x.index_fill(1, y, -1)", "f4,4", "r2:4", "f2,4"),
    entry_case("torch.Tensor.index_put torch.Tensor.put torch.Tensor.masked_scatter",
               T + "x.index_put((y,), z[0]), x.put(y, z[:3, 0], accumulate=True), x.masked_scatter(x > 0, z)",
               "f4,4", "r3:4", "f4,4"),
    entry_case("torch.Tensor.scatter_reduce", T + "x.scatter_reduce(1, y, z, 'amax', include_self=False)", "f3,4", "i3,5:4",
               "f3,5"),
    entry_case("torch.Tensor.sum_to_size", T + "x.sum_to_size(3, 1), x.sum_to_size((1, 4)), y.sum_to_size(4)", "f3,4",
               "f2,4", "f1"),
    entry_case("torch.Tensor.is_complex torch.Tensor.is_signed torch.Tensor.is_nonzero torch.Tensor.is_same_size "
               "torch.Tensor.angle torch.Tensor.conj torch.Tensor.resolve_conj torch.Tensor.resolve_neg "
               "torch.Tensor.conj_physical",
               T + "x.is_complex(), z.is_signed(), x[:1].is_nonzero(), x.is_same_size(y), x.angle(), x.conj(), "
               "x.resolve_conj(), x.resolve_neg(), x.conj_physical()", "z3", "f3", "i2"),
    entry_case("torch.Tensor.unfold", T + "x.unfold(1, 3, 2), x.unfold(0, 2, 1), y.unfold(0, 2, 2)", "f3,7", "f5", "f1"),
    # where Jittor's own methods of these names raise: a squeezed dimension that is not 1, t() of 1-D,
    # negative permute dims, a number written by scatter_ (one-hot), repeat counts in a tensor
    entry_case("torch.Tensor.squeeze torch.Tensor.t torch.Tensor.permute",
               T + "x.squeeze(1), x.squeeze(), x.squeeze((0, 1)), y.t(), x[0].t(), x.permute(0, -1, 1), "
               "x.permute(2, 1, 0), x.permute((-1, 0, 1)), x.permute(*[1, 0, 2])", "f2,3,4", "f5", "f1"),
    entry_case("torch.Tensor.scatter_ torch.Tensor.repeat_interleave",
               T + "x.scatter_(1, y, 1.0), x.scatter_(1, y, 2.5, reduce='add'), x.scatter_(1, y, z), "
               "z.repeat_interleave(y[:, 0] + 1, dim=0), z.repeat_interleave(2)", "f3,4", "i3,2:4", "f3,2"),
]


@pytest.mark.parametrize("covers, code, inputs, atol, rtol", TENSOR_HELPER_CASES)
def test_tensor_method(torch, jittor, covers, code, inputs, atol, rtol):
    both = run_both(code, inputs)
    assert_converts(both, covers)
    assert_same(both.expected, both.actual, atol, rtol)


COVERED = {"torch." + c for p in CASES for c in p.values[0]} | {"torch.Tensor.uniform_", "torch.Tensor.normal_"} | covered(ENTRY_CASES, RANDOM_CASES) | covered(TENSOR_HELPER_CASES)  # see test_coverage.py


def test_view_as_another_dtype_reads_the_same_bytes(torch, jittor):
    """`x.view(torch.int32)`: PyTorch reinterprets the bytes (Jittor's view only reshapes);
    rules/tensor_view_dtype.py, computed in numpy and noted at the call."""
    code = ("def f(x: torch.Tensor, y: torch.Tensor):\n"
            "    return x.view(torch.int32), x.view(dtype=torch.int16), x.view(torch.int32).view(torch.float32), "
            "y.view(torch.uint8), x.view(-1)\n")
    both = run_both(code, ["f3,4", "j2,2:-5,6"])
    assert both.code.count("t2j.tensor_view_dtype(") == 5
    assert_same(both.expected, both.actual)
    notes = [d for d in convert_source(HEADER + code).diagnostics if d.kind == "note"]
    assert len(notes) == 5 and "computed in numpy" in notes[0].message


def test_complex_values_are_reported():
    """Jittor has no complex dtypes: a complex literal given to torch, or in arithmetic on a tensor,
    is an unsupported argument (rules/complex_values.py), not a run-time surprise."""
    code = ("def f(x: torch.Tensor):\n"
            "    z = torch.tensor([1 + 2j, 3.0])\n"
            "    return z, torch.full((2,), 1j), x * 2j, torch.tensor([1.0, 2.0])\n")
    result = convert_source(HEADER + code)
    reported = [(d.kind, d.line) for d in result.diagnostics if d.kind == "unsupported-argument"]
    assert reported == [("unsupported-argument", 3), ("unsupported-argument", 4), ("unsupported-argument", 4)]


def test_arguments_only_torch_functions_take_go_to_their_helpers(torch, jittor):
    """`x.sum(dtype=...)`, `x.div(y, rounding_mode=...)`, `x.all(1, keepdim=True)`, ...: Jittor's Var
    method cannot take the argument; torch's function of the same name, a helper taking PyTorch's
    arguments, can (engine.Converter._function_taking_unsupported)."""
    code = ("def f(x: torch.Tensor, y: torch.Tensor):\n"
            "    return (x.sum(dtype=torch.float64), x.sum(1, dtype=torch.float64), x.prod(dtype=torch.float64),\n"
            "            x.cumsum(0, dtype=torch.float64), x.softmax(-1, dtype=torch.float64), x.log_softmax(1, torch.float64),\n"
            "            x.div(y, rounding_mode='floor'), x.divide(y, rounding_mode='trunc'), (x > 0).all(1, keepdim=True),\n"
            "            (x > 0).any(dim=0, keepdim=True), x.var(1, correction=0), x.sum(1))\n")
    both = run_both(code, ["f3,4", "p3,4"])
    assert "x.sum(1))" in both.code and both.code.count("t2j.") >= 11
    assert not [d for d in convert_source(HEADER + code).diagnostics if d.kind.startswith("unsupported")]
    assert_same(both.expected, both.actual)


def test_is_contiguous(torch, jittor):
    """A Var has one layout, the contiguous one: PyTorch's answer for tensors in the default layout."""
    code = ("def f(x: torch.Tensor):\n"
            "    y = x.contiguous()\n"
            "    return (x.is_contiguous(), y.is_contiguous(memory_format=torch.contiguous_format),\n"
            "            x.is_contiguous(memory_format=torch.channels_last), x[:, :2].contiguous().is_contiguous(),\n"
            "            x.clone(memory_format=torch.preserve_format))\n")
    both = run_both(code, ["f2,3,4,5"])
    assert both.expected[:4] == (True, True, False, True)
    assert_same(both.expected, both.actual)


COVERED |= {"torch.Tensor.is_contiguous", "torch.contiguous_format", "torch.preserve_format"}


# the legacy solvers, on well-conditioned matrices (y @ y.mT + I and its Cholesky factor, x + 4 I), and utilities
LEGACY_CASES = [
    entry_case("torch.Tensor.cholesky_inverse torch.Tensor.cholesky_solve",
               T + "(y @ y.mT + torch.eye(3)).cholesky_inverse(), z.cholesky_solve(torch.linalg.cholesky("
               "y @ y.mT + torch.eye(3)).mT, upper=True)", "f1", "f3,3", "f3,2", atol=1e-4, rtol=1e-4),
    entry_case("torch.Tensor.triangular_solve torch.Tensor.adjoint",
               T + "z.triangular_solve(x + 4 * torch.eye(3), False), x.adjoint(), y.adjoint()", "f3,3", "f2,3,4",
               "f3,2", atol=1e-5, rtol=1e-4),
    entry_case("torch.Tensor.lu torch.Tensor.lu_solve",
               T + "x.lu(), x.lu(get_infos=True), z.lu_solve(*(x + 4 * torch.eye(3)).lu())", "f3,3", "f1", "f3,2",
               atol=1e-5, rtol=1e-4),
    entry_case("torch.Tensor.diagonal_scatter torch.Tensor.narrow_copy",
               T + "x.diagonal_scatter(y[0]), x.diagonal_scatter(y[1, :2], -1), x.narrow_copy(1, 1, 2)", "f3,3",
               "f2,3", "f1"),
    entry_case("torch.Tensor.fill_diagonal_",
               "def f(x: torch.Tensor, y: torch.Tensor, z: torch.Tensor):\n    r = x.fill_diagonal_(2.5)\n"
               "    y.fill_diagonal_(-1, wrap=True)\n    z.fill_diagonal_(7)\n    return r is x, x, y, z",
               "f3,4", "i7,2", "f3,3,3"),
    entry_case("torch.Tensor.index_reduce torch.Tensor.index_reduce_",
               "def f(x: torch.Tensor, i: torch.Tensor, s: torch.Tensor):\n"
               "    r = x.index_reduce(1, i, s, 'amax', include_self=False)\n"
               "    x.index_reduce_(0, i[:3], s.mT[:3, :3], 'prod')\n    return r, x", "w4,3", "i5:3", "w4,5"),
    entry_case("torch.Tensor.histogram",
               T + "tuple(x.histogram(4)), tuple(x.histogram(torch.tensor([-1.0, 0.0, 2.0]), weight=y, density=True))",
               "f20", "u20", "f1"),
    entry_case("torch.Tensor.new torch.Tensor.new_empty_strided",
               "def f(x: torch.Tensor, i: torch.Tensor):\n"
               "    a, b, c = x.new(2, 3), i.new(x.shape), x.new_empty_strided((4, 2), (1, 4))\n"
               "    return (a.shape, a.dtype == torch.float32, b.shape, b.dtype == torch.int64, c.shape, c.dtype == torch.float32,\n"
               "            x.new([1, 2]), i.new((2.7, 3)), x.new(), x.new(x),\n"
               "            i.new_empty_strided((2,), (1,), dtype=torch.float64).dtype == torch.float64)", "f3,4", "i2"),
    entry_case("torch.Tensor.get_device torch.Tensor.is_inference torch.Tensor.is_pinned torch.Tensor.is_shared "
               "torch.Tensor.share_memory_",
               T + "x.get_device(), x.is_inference(), x.is_pinned(), x.is_shared(), x.share_memory_() is x, "
               "x.is_shared(), y.is_shared()", "f3", "f3", "f1"),
]


# in-place samplers: each framework's draws checked against the distribution (PyTorch's first, so the check itself
# holds): support, then moments or quantiles over 200,000 draws
def _cauchy(v):
    q25, q50, q75 = np.percentile(v, [25, 50, 75])
    return abs(q50 - 1.0) < 0.05 and abs((q75 - q25) - 4.0) < 0.1  # median 1, quartiles at 1 -/+ sigma


def _moments(mean, std, transform=lambda v: v):
    return lambda v: abs(transform(v).mean() - mean) < 0.02 * max(std, 1) and abs(transform(v).std() - std) < 0.02 * std


def _integers(lo, hi):
    def check(v):
        counts = np.bincount((v - lo).astype(np.int64).reshape(-1), minlength=hi - lo) / v.size
        return (v == np.round(v)).all() and v.min() == lo and v.max() == hi - 1 and np.abs(counts - 1 / (hi - lo)).max() < 0.01
    return check


SAMPLER_CASES = [
    ("torch.Tensor.cauchy_", "cauchy_(1.0, 2.0)", "float32", _cauchy),
    ("torch.Tensor.cauchy_", "cauchy_()", "float64", lambda v: abs(np.median(v)) < 0.02),
    ("torch.Tensor.exponential_", "exponential_(2.0)", "float32", lambda v: v.min() > 0 and _moments(0.5, 0.5)(v)),
    ("torch.Tensor.exponential_", "exponential_()", "float64", lambda v: v.min() > 0 and _moments(1.0, 1.0)(v)),
    ("torch.Tensor.geometric_", "geometric_(0.25)", "float32",
     lambda v: v.min() == 1 and (v == np.round(v)).all() and _moments(4.0, 0.75 ** 0.5 / 0.25)(v)),
    ("torch.Tensor.geometric_", "geometric_(p=0.6)", "int64", lambda v: v.min() == 1 and _moments(1 / 0.6, 0.4 ** 0.5 / 0.6)(v)),
    ("torch.Tensor.log_normal_", "log_normal_(0.5, 0.3)", "float32", lambda v: v.min() > 0 and _moments(0.5, 0.3, np.log)(v)),
    ("torch.Tensor.log_normal_", "log_normal_()", "float64", lambda v: v.min() > 0 and _moments(1.0, 2.0, np.log)(v)),
    ("torch.Tensor.random_", "random_(3, 9)", "float32", _integers(3, 9)),
    ("torch.Tensor.random_", "random_(5)", "int64", _integers(0, 5)),
    ("torch.Tensor.random_", "random_(-4, to=2)", "int32", _integers(-4, 2)),
    ("torch.Tensor.random_", "random_()", "uint8", _integers(0, 256)),
    ("torch.Tensor.random_", "random_()", "float32",
     lambda v: v.min() >= 0 and v.max() <= 2 ** 24 and abs(v.mean() / 2 ** 24 - 0.5) < 0.01 and (v == np.round(v)).all()),
    ("torch.Tensor.random_", "random_()", "int64", lambda v: v.min() >= 0 and abs(v.mean() / 2.0 ** 63 - 0.5) < 0.01),
]


@pytest.mark.parametrize("covers, call, dtype, check", SAMPLER_CASES,
                         ids=[f"{c[1]}-{c[2]}" for c in SAMPLER_CASES])
def test_sampler(torch, jittor, covers, call, dtype, check):
    code = (f"def f(x: torch.Tensor):\n    t = x.new_zeros((400, 500), dtype=torch.{dtype})\n    r = t.{call}\n"
            "    return r, t, r is t\n")
    both = run_both(code, ["f1"])
    assert_converts(both, [covers])
    for framework, (r, t, same) in zip(("torch", "jittor"), (both.expected, both.actual)):
        values = r.numpy()
        assert same is True and values.shape == (400, 500) and str(values.dtype) == dtype, framework
        np.testing.assert_array_equal(values, t.numpy(), err_msg=framework)
        assert check(values.astype(np.float64)), (framework, values.min(), values.max(), values.mean(), values.std())


@pytest.mark.parametrize("call", ["exponential_()", "cauchy_()", "log_normal_()", "random_(5, 2)", "geometric_(1.5)"])
def test_sampler_arguments_pytorch_rejects_raise(torch, jittor, call):
    dtype = "float32" if call.startswith(("random", "geometric")) else "int64"
    assert_same_error(f"def f(x: torch.Tensor):\n    return x.new_zeros(3, dtype=torch.{dtype}).{call}", ["f1"])


COVERED |= {c[0] for c in SAMPLER_CASES}


# resize_ cuts or extends the elements in order; PyTorch leaves grown elements uninitialized: only the kept ones compare
RESIZE = """
def f(x: torch.Tensor, y: torch.Tensor):
    same = x.clone().resize_(3, 2)
    cut = x.clone()
    r = cut.resize_((2, 2))
    grown = x.clone().resize_(3, 3)
    like = x.clone().resize_as_(y)
    return (same, cut, r is cut, grown.shape, grown.reshape(-1)[:6], like, x.resize(2, 3), x.resize_as(y.t()),
            x.clone().resize_(()).shape)
"""


def test_resize(torch, jittor):
    both = run_both(RESIZE, ["f6", "f2,3"])
    assert_converts(both, ["torch.Tensor.resize_", "torch.Tensor.resize_as_", "torch.Tensor.resize",
                           "torch.Tensor.resize_as"])
    assert_same(both.expected, both.actual)


def test_resize_errors_as_pytorch(torch, jittor):
    assert_same_error("def f(x: torch.Tensor):\n    return x.resize(4, 2)", ["f6"])
    assert_same_error("def f(x: torch.Tensor):\n    x.requires_grad_()\n    return x.resize_(2, 2)", ["f6"])


COVERED |= {"torch.Tensor.resize_", "torch.Tensor.resize_as_", "torch.Tensor.resize", "torch.Tensor.resize_as"}


def test_new_with_a_tensor_of_another_dtype_raises_as_pytorch(torch, jittor):
    assert_same_error("def f(x: torch.Tensor, i: torch.Tensor):\n    return x.new(i)", ["f3", "i3"])


def test_fill_diagonal_of_unequal_dims_raises_as_pytorch(torch, jittor):
    assert_same_error("def f(x: torch.Tensor):\n    return x.fill_diagonal_(1)", ["f3,2,3"])


@pytest.mark.parametrize("covers, code, inputs, atol, rtol", LEGACY_CASES)
def test_legacy_method(torch, jittor, covers, code, inputs, atol, rtol):
    both = run_both(code, inputs)
    assert_converts(both, covers)
    assert_same(both.expected, both.actual, atol, rtol)


COVERED |= covered(LEGACY_CASES)


# Tensor methods rewritten to helpers (`x.argmax(1)` -> `t2j.tensor_argmax(x, 1)`): PyTorch's semantics (int64
# indices, (values, indices) pairs, unbiased std, chunk sizes) on one float32 normal (4, 5) input, each case also
# in PaConvert's call shapes of its entry.
def method_helper_case(key, body):
    return entry_case("torch." + key, "def f(x: torch.Tensor):\n    " + body, "f4,5", atol=1e-6, rtol=1e-5,
                      id=f"{key}:{body.splitlines()[-1]}")


METHOD_HELPER_CASES = [
    method_helper_case("Tensor.max", "return x.max()"),
    method_helper_case("Tensor.max", "v, i = x.max(dim=1)\n    return v, i"),
    method_helper_case("Tensor.max", "return tuple(x.max(-1, keepdim=True))"),
    method_helper_case("Tensor.min", "return x.min(1)"),
    method_helper_case("Tensor.min", "return x.min()"),
    method_helper_case("Tensor.argmax", "return x.argmax()"),
    method_helper_case("Tensor.argmax", "return x.argmax(dim=1, keepdim=True)"),
    method_helper_case("Tensor.argmin", "return x.argmin(-1)"),
    method_helper_case("Tensor.argmin", "return x.argmin(-2), x.argmin(dim=-2, keepdim=True)"),  # Jittor refused dims below -1
    method_helper_case("Tensor.argmax", "return x.argmax(-2), x.argmax(-2, True)"),
    method_helper_case("Tensor.sort", "return tuple(x.sort(dim=1, descending=True))"),
    method_helper_case("Tensor.sort", "return x.sort()"),
    method_helper_case("Tensor.argsort", "return x.argsort(1)"),
    method_helper_case("Tensor.topk", "return tuple(x.topk(2))"),
    method_helper_case("Tensor.topk", "return tuple(x.topk(2, dim=0, largest=False))"),
    method_helper_case("Tensor.std", "return x.std()"),
    method_helper_case("Tensor.std", "return x.std(dim=1, keepdim=True)"),
    method_helper_case("Tensor.std", "return x.std(0, unbiased=False)"),
    method_helper_case("Tensor.chunk", "return x.chunk(3, dim=1)"),
    method_helper_case("Tensor.chunk", "return x.chunk(1)"),
    method_helper_case("Tensor.chunk", "return x[:, :4].chunk(3, -1)"),
    method_helper_case("Tensor.roll", "return x.roll(2)"),
    method_helper_case("Tensor.roll", "return x.roll(1, 1)"),
    method_helper_case("Tensor.roll", "return x.roll(-1, -1), x.roll(shifts=(1, -2), dims=(-2, 1))"),
    method_helper_case("Tensor.index_select", "return x.index_select(1, torch.tensor([0, 2]))"),
    method_helper_case("Tensor.where", "return x.where(x > 0, x * 0)"),
    method_helper_case("Tensor.div_", "y = x.clone()\n    r = y.div_(2.0)\n    return r, y"),
    method_helper_case("Tensor.div_", "y = x.clone()\n    return y.div_(0.3, rounding_mode='floor')"),
    method_helper_case("Tensor.divide_", "y = x.clone()\n    return y.divide_(x + 5, rounding_mode='trunc')"),
    method_helper_case("Tensor.true_divide_", "y = x.clone()\n    return y.true_divide_(4)"),
    method_helper_case("Tensor.neg_", "y = x.clone()\n    y.neg_()\n    return y"),
    method_helper_case("Tensor.exp_", "y = x.clone()\n    return y.exp_()"),
    method_helper_case("Tensor.log_", "y = x.abs() + 1\n    return y.log_()"),
    method_helper_case("Tensor.floor_", "y = x.clone()\n    return y.floor_()"),
    method_helper_case("Tensor.ceil_", "y = x.clone()\n    return y.ceil_()"),
    method_helper_case("Tensor.tanh_", "y = x.clone()\n    return y.tanh_()"),
    method_helper_case("Tensor.relu_", "y = x.clone()\n    return y.relu_()"),
    method_helper_case("Tensor.relu", "return x.relu()"),
    # copy_ broadcasts src and keeps the receiver's dtype
    method_helper_case("Tensor.copy_", "y = x.clone()\n    r = y.copy_(x[0] * 2)\n    return r, y"),
    method_helper_case("Tensor.copy_", "y = (x > 0).long()\n    y.copy_(x * 3)\n    return y * 1"),
    method_helper_case("Tensor.copy_", "y = x.clone()\n    y[1:3].copy_(x[:2] + 1)\n    return y"),  # through a view: written back
    method_helper_case("Tensor.is_floating_point", "return torch.tensor([float(x.is_floating_point()), float(x.long().is_floating_point())])"),
    method_helper_case("Tensor.requires_grad_", "y = x.clone()\n    y.requires_grad_(False)\n    r = y.requires_grad_()\n    return r * 2, torch.tensor(float(y.requires_grad))"),
    method_helper_case("Tensor.detach_", "y = x * 2\n    y.detach_()\n    return y, torch.tensor(float(y.requires_grad))"),
    method_helper_case("Tensor.log1p", "return x.abs().log1p()"),
    method_helper_case("Tensor.expm1", "return x.expm1()"),
    method_helper_case("Tensor.log10", "return (x.abs() + 0.5).log10()"),
    method_helper_case("Tensor.sign", "return x.sign()"),
    method_helper_case("Tensor.reciprocal", "return (x.abs() + 1).reciprocal()"),
    method_helper_case("Tensor.trunc", "return (x * 3).trunc()"),
    method_helper_case("Tensor.frac", "return (x * 3).frac()"),
    method_helper_case("Tensor.trace", "return x.trace()"),
    method_helper_case("Tensor.lerp", "return x.lerp(x * 0 + 1, 0.25)"),
    method_helper_case("Tensor.narrow", "return x.narrow(1, 1, 3)"),
    method_helper_case("Tensor.narrow", "return x.narrow(-1, start=0, length=2)"),
    method_helper_case("Tensor.isclose", "return x.isclose(x + 1e-7)"),
    method_helper_case("Tensor.isclose", "return x.isclose(x + 0.01, rtol=0, atol=0.001)"),
    method_helper_case("Tensor.allclose", "return torch.tensor(float(x.allclose(x + 1e-9))), torch.tensor(float(x.allclose(x + 1, atol=0.5)))"),
    method_helper_case("Tensor.nan_to_num", "return (x / (x > 0).float()).nan_to_num(nan=1.0, posinf=2.0)"),
    method_helper_case("Tensor.atan2", "return x.atan2(x.flip(0))"),
    method_helper_case("Tensor.arctan2", "return x.arctan2(x * 0 + 1)"),
    method_helper_case("Tensor.hypot", "return x.hypot(x * 2)"),
    method_helper_case("Tensor.logit", "return x.sigmoid().logit()"),
    method_helper_case("Tensor.logit", "return x.sigmoid().logit(eps=0.1)"),
    method_helper_case("Tensor.float_power", "return x.abs().float_power(2)"),
    method_helper_case("Tensor.addmm", "return (x @ x.t()).addmm(x, x.t(), beta=0.5, alpha=2)"),
    method_helper_case("Tensor.baddbmm", "return (x @ x.t())[None].baddbmm(x[None], x.t()[None])"),
    method_helper_case("Tensor.movedim", "return x[None].movedim(0, -1)"),
    method_helper_case("Tensor.moveaxis", "return x[None].moveaxis(2, 0)"),
    method_helper_case("Tensor.count_nonzero", "return (x > 0).count_nonzero()"),
    method_helper_case("Tensor.count_nonzero", "return (x > 0).count_nonzero(dim=1)"),
    method_helper_case("Tensor.cummax", "return tuple(x.cummax(1))"),
    method_helper_case("Tensor.cummin", "return tuple(x.cummin(dim=0))"),
    method_helper_case("Tensor.diff", "return x.diff()"),
    method_helper_case("Tensor.diff", "return x.diff(n=2, dim=0)"),
    method_helper_case("Tensor.take", "return x.take(torch.tensor([0, 2]))"),
    method_helper_case("Tensor.dot", "return x[0].dot(x[1])"),
    method_helper_case("Tensor.round", "return (x * 2).round() - torch.tensor([0.5, 1.5, 2.5, -0.5, -2.5]).round()"),  # halves to even
    method_helper_case("Tensor.round", "return x.round(decimals=2)"),
    method_helper_case("Tensor.norm", "return x.norm()"),
    method_helper_case("Tensor.norm", "return x.norm(dim=-1, keepdim=True)"),
    method_helper_case("Tensor.norm", "return x.norm(p=1, dim=0)"),
    method_helper_case("Tensor.nonzero", "return (x > 0).nonzero()"),
    method_helper_case("Tensor.nonzero", "return (x[0] > 0).nonzero(as_tuple=True)"),
    method_helper_case("Tensor.cumprod", "return x.cumprod(1)"),  # negative values: exact
    method_helper_case("Tensor.cumprod", "return x.cumprod(dim=0)"),
    method_helper_case("Tensor.floor_divide", "return x.floor_divide(0.3)"),
    method_helper_case("Tensor.fmod", "return x.fmod(0.7)"),
    method_helper_case("Tensor.fmod", "return (x * 10).fmod(-3)"),
    method_helper_case("Tensor.cross", "return x[:3, :3].cross(x[1:4, :3])"),
    method_helper_case("Tensor.cross", "return x[:3, :3].cross(x[1:4, :3], dim=1)"),
    method_helper_case("Tensor.equal", "return torch.tensor([float(x.equal(x.clone())), float(x.equal(x + 1))])"),
    method_helper_case("Tensor.masked_select", "return x.masked_select(x > 0)"),
    method_helper_case("Tensor.masked_select", "return x.masked_select(x[0] > 0)"),  # mask broadcast over rows
    method_helper_case("Tensor.select", "return x.select(1, 2)"),
    method_helper_case("Tensor.select", "return x.select(-1, -1)"),
    method_helper_case("Tensor.diagonal", "return x.diagonal()"),
    method_helper_case("Tensor.diagonal", "return x.diagonal(offset=1)"),
    method_helper_case("Tensor.diagonal", "return x.diagonal(-2)"),
    method_helper_case("Tensor.diagonal", "return x.reshape(2, 2, 5).diagonal(0, 0, 1)"),
    method_helper_case("Tensor.unflatten", "return x.unflatten(0, (2, 2))"),
    method_helper_case("Tensor.unflatten", "return x.reshape(20).unflatten(-1, (4, -1))"),
    method_helper_case("Tensor.addcmul", "return x.addcmul(x, x.flip(0), value=0.5)"),
    method_helper_case("Tensor.addcdiv", "return x.addcdiv(x, x.abs() + 1)"),
    method_helper_case("Tensor.nansum", "return (x / (x > 0).float() - 1e9 * 0).nansum()"),
    method_helper_case("Tensor.nansum", "return torch.where(x > 0.5, x * float('nan'), x).nansum(dim=1, keepdim=True)"),
    method_helper_case("Tensor.nanmean", "return torch.where(x > 0.5, x * float('nan'), x).nanmean(0)"),
    method_helper_case("Tensor.nansum", "return torch.where(x > 0.5, x * float('nan'), x).nansum(dtype=torch.float64)"),
    method_helper_case("Tensor.exp2", "return x.exp2()"),
    method_helper_case("Tensor.sgn", "return x.sgn()"),
    method_helper_case("Tensor.heaviside", "return (x * (x.abs() > 0.5)).heaviside(torch.tensor([0.5]))"),
    method_helper_case("Tensor.tile", "return x.tile(2, 1)"),
    method_helper_case("Tensor.tile", "return x.tile((2,))"),
    method_helper_case("Tensor.sin_", "y = x.clone()\n    y.sin_()\n    return y"),
    method_helper_case("Tensor.cos_", "y = x.clone()\n    return y.cos_()"),
    method_helper_case("Tensor.negative_", "y = x.clone()\n    return y.negative_()"),
    method_helper_case("Tensor.subtract_", "y = x.clone()\n    return y.subtract_(x * 2, alpha=0.5)"),
    method_helper_case("Tensor.remainder_", "y = x.clone()\n    return y.remainder_(0.3)"),
    method_helper_case("Tensor.unique", "return (x * 2).round().unique()"),
    method_helper_case("Tensor.unique", "return (x * 2).round().unique(return_inverse=True, return_counts=True)"),
    method_helper_case("Tensor.kthvalue", "return tuple(x.kthvalue(2))"),
    method_helper_case("Tensor.kthvalue", "return tuple(x.kthvalue(3, dim=0, keepdim=True))"),
    method_helper_case("Tensor.new_tensor", "return x.new_tensor([[1, 2], [3, 4]])"),
    method_helper_case("Tensor.new_tensor", "return (x > 0).long().new_tensor([1.7, 2.2], dtype=torch.float64)"),
    method_helper_case("Tensor.bitwise_not", "return (x > 0).bitwise_not()"),
    method_helper_case("Tensor.bitwise_not", "return (x * 10).long().bitwise_not()"),
    method_helper_case("Tensor.element_size", "return torch.tensor([x.element_size(), x.double().element_size(), (x > 0).element_size()])"),
    method_helper_case("Tensor.index_add_", "y = x.clone()\n    r = y.index_add_(0, torch.tensor([0, 2, 0]), x[:3] * 2, alpha=0.5)\n    return r, y"),
    method_helper_case("Tensor.index_add_", "y = x.clone()\n    return y.index_add_(1, torch.tensor([4, 1]), x[:, :2])"),
]
test_method_helper, test_method_helper_call_shape = entry_tests(METHOD_HELPER_CASES)

COVERED |= covered(METHOD_HELPER_CASES)


def test_shape_arguments_by_name_and_as_size(torch, jittor):
    """PyTorch's parser takes the sequence `*size`/`*dims` collect by its name too (`x.view(size=...)`,
    `x.permute(dims=...)`), and a torch.Size wherever a shape goes (the helper's Size is a tuple
    subclass, which Jittor's binding refuses)."""
    code = ("def f(x: torch.Tensor):\n"
            "    a = x.view(size=(4, 6))\n"
            "    s = torch.Size([3, 8])\n"
            "    return (a, x.reshape(shape=(6, 4)), x.permute(dims=(2, 0, 1)), a[:1].expand(size=(3, 6)),\n"
            "            x.repeat(repeats=(1, 2, 1)), x.tile(dims=(2,)), x.view(s), x.reshape(torch.Size([2, 12])),\n"
            "            a[:1].expand(torch.Size([2, 4, 6])), x.flatten().repeat(torch.Size([2])))\n")
    both = run_both(code, ["f2,3,4"])
    assert "size=" not in both.code and "dims=" not in both.code
    assert_same(both.expected, both.actual)

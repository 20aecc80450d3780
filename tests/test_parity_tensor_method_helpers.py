"""Tensor methods rewritten to helpers (`x.argmax(1)` -> `t2j.tensor_argmax(x, 1)`): PyTorch's
semantics (int64 indices, (values, indices) pairs, unbiased std, chunk sizes) proven by running both
with the harness (tests/parity.py): one float32 normal (4, 5) input, compared by assert_same. Each case
also runs in PaConvert's call shapes of its entry."""
import pytest
from parity import assert_same, check_call_shape, run_both, shape_cases

pytestmark = pytest.mark.frameworks

CASES = [
    ("Tensor.max", "return x.max()"),
    ("Tensor.max", "v, i = x.max(dim=1)\n    return v, i"),
    ("Tensor.max", "return tuple(x.max(-1, keepdim=True))"),
    ("Tensor.min", "return x.min(1)"),
    ("Tensor.min", "return x.min()"),
    ("Tensor.argmax", "return x.argmax()"),
    ("Tensor.argmax", "return x.argmax(dim=1, keepdim=True)"),
    ("Tensor.argmin", "return x.argmin(-1)"),
    ("Tensor.sort", "return tuple(x.sort(dim=1, descending=True))"),
    ("Tensor.sort", "return x.sort()"),
    ("Tensor.argsort", "return x.argsort(1)"),
    ("Tensor.topk", "return tuple(x.topk(2))"),
    ("Tensor.topk", "return tuple(x.topk(2, dim=0, largest=False))"),
    ("Tensor.std", "return x.std()"),
    ("Tensor.std", "return x.std(dim=1, keepdim=True)"),
    ("Tensor.std", "return x.std(0, unbiased=False)"),
    ("Tensor.chunk", "return x.chunk(3, dim=1)"),
    ("Tensor.chunk", "return x.chunk(1)"),
    ("Tensor.chunk", "return x[:, :4].chunk(3, -1)"),
    ("Tensor.roll", "return x.roll(2)"),
    ("Tensor.roll", "return x.roll(1, 1)"),
    ("Tensor.index_select", "return x.index_select(1, torch.tensor([0, 2]))"),
    ("Tensor.where", "return x.where(x > 0, x * 0)"),
    ("Tensor.div_", "y = x.clone()\n    r = y.div_(2.0)\n    return r, y"),
    ("Tensor.div_", "y = x.clone()\n    return y.div_(0.3, rounding_mode='floor')"),
    ("Tensor.divide_", "y = x.clone()\n    return y.divide_(x + 5, rounding_mode='trunc')"),
    ("Tensor.true_divide_", "y = x.clone()\n    return y.true_divide_(4)"),
    ("Tensor.neg_", "y = x.clone()\n    y.neg_()\n    return y"),
    ("Tensor.exp_", "y = x.clone()\n    return y.exp_()"),
    ("Tensor.log_", "y = x.abs() + 1\n    return y.log_()"),
    ("Tensor.floor_", "y = x.clone()\n    return y.floor_()"),
    ("Tensor.ceil_", "y = x.clone()\n    return y.ceil_()"),
    ("Tensor.tanh_", "y = x.clone()\n    return y.tanh_()"),
    ("Tensor.relu_", "y = x.clone()\n    return y.relu_()"),
    ("Tensor.relu", "return x.relu()"),
    # copy_ broadcasts src and keeps the receiver's dtype
    ("Tensor.copy_", "y = x.clone()\n    r = y.copy_(x[0] * 2)\n    return r, y"),
    ("Tensor.copy_", "y = (x > 0).long()\n    y.copy_(x * 3)\n    return y * 1"),
    ("Tensor.copy_", "y = x.clone()\n    y[1:3].copy_(x[:2] + 1)\n    return y"),  # through a view: written back
    ("Tensor.is_floating_point", "return torch.tensor([float(x.is_floating_point()), float(x.long().is_floating_point())])"),
    ("torch.is_floating_point", "return torch.tensor([float(torch.is_floating_point(x)), float(torch.is_floating_point(x.int()))])"),
    ("Tensor.requires_grad_", "y = x.clone()\n    y.requires_grad_(False)\n    r = y.requires_grad_()\n    return r * 2, torch.tensor(float(y.requires_grad))"),
    ("Tensor.detach_", "y = x * 2\n    y.detach_()\n    return y, torch.tensor(float(y.requires_grad))"),
    ("Tensor.log1p", "return x.abs().log1p()"),
    ("Tensor.expm1", "return x.expm1()"),
    ("Tensor.log10", "return (x.abs() + 0.5).log10()"),
    ("Tensor.sign", "return x.sign()"),
    ("Tensor.reciprocal", "return (x.abs() + 1).reciprocal()"),
    ("Tensor.trunc", "return (x * 3).trunc()"),
    ("Tensor.frac", "return (x * 3).frac()"),
    ("Tensor.trace", "return x.trace()"),
    ("Tensor.lerp", "return x.lerp(x * 0 + 1, 0.25)"),
    ("Tensor.narrow", "return x.narrow(1, 1, 3)"),
    ("Tensor.narrow", "return x.narrow(-1, start=0, length=2)"),
    ("Tensor.isclose", "return x.isclose(x + 1e-7)"),
    ("Tensor.isclose", "return x.isclose(x + 0.01, rtol=0, atol=0.001)"),
    ("Tensor.allclose", "return torch.tensor(float(x.allclose(x + 1e-9))), torch.tensor(float(x.allclose(x + 1, atol=0.5)))"),
    ("Tensor.nan_to_num", "return (x / (x > 0).float()).nan_to_num(nan=1.0, posinf=2.0)"),
    ("Tensor.atan2", "return x.atan2(x.flip(0))"),
    ("Tensor.arctan2", "return x.arctan2(x * 0 + 1)"),
    ("Tensor.hypot", "return x.hypot(x * 2)"),
    ("Tensor.logit", "return x.sigmoid().logit()"),
    ("Tensor.logit", "return x.sigmoid().logit(eps=0.1)"),
    ("Tensor.float_power", "return x.abs().float_power(2)"),
    ("Tensor.addmm", "return (x @ x.t()).addmm(x, x.t(), beta=0.5, alpha=2)"),
    ("Tensor.baddbmm", "return (x @ x.t())[None].baddbmm(x[None], x.t()[None])"),
    ("Tensor.movedim", "return x[None].movedim(0, -1)"),
    ("Tensor.moveaxis", "return x[None].moveaxis(2, 0)"),
    ("Tensor.count_nonzero", "return (x > 0).count_nonzero()"),
    ("Tensor.count_nonzero", "return (x > 0).count_nonzero(dim=1)"),
    ("Tensor.cummax", "return tuple(x.cummax(1))"),
    ("Tensor.cummin", "return tuple(x.cummin(dim=0))"),
    ("Tensor.diff", "return x.diff()"),
    ("Tensor.diff", "return x.diff(n=2, dim=0)"),
    ("Tensor.take", "return x.take(torch.tensor([0, 2]))"),
    ("Tensor.dot", "return x[0].dot(x[1])"),
    ("Tensor.round", "return (x * 2).round() - torch.tensor([0.5, 1.5, 2.5, -0.5, -2.5]).round()"),  # halves to even
    ("Tensor.round", "return x.round(decimals=2)"),
    ("Tensor.norm", "return x.norm()"),
    ("Tensor.norm", "return x.norm(dim=-1, keepdim=True)"),
    ("Tensor.norm", "return x.norm(p=1, dim=0)"),
    ("Tensor.nonzero", "return (x > 0).nonzero()"),
    ("Tensor.nonzero", "return (x[0] > 0).nonzero(as_tuple=True)"),
    ("Tensor.cumprod", "return x.cumprod(1)"),  # negative values: exact
    ("Tensor.cumprod", "return x.cumprod(dim=0)"),
    ("Tensor.floor_divide", "return x.floor_divide(0.3)"),
    ("Tensor.fmod", "return x.fmod(0.7)"),
    ("Tensor.fmod", "return (x * 10).fmod(-3)"),
    ("Tensor.cross", "return x[:3, :3].cross(x[1:4, :3])"),
    ("Tensor.cross", "return x[:3, :3].cross(x[1:4, :3], dim=1)"),
    ("Tensor.equal", "return torch.tensor([float(x.equal(x.clone())), float(x.equal(x + 1))])"),
    ("Tensor.masked_select", "return x.masked_select(x > 0)"),
    ("Tensor.masked_select", "return x.masked_select(x[0] > 0)"),  # mask broadcast over rows
    ("Tensor.select", "return x.select(1, 2)"),
    ("Tensor.select", "return x.select(-1, -1)"),
    ("Tensor.diagonal", "return x.diagonal()"),
    ("Tensor.diagonal", "return x.diagonal(offset=1)"),
    ("Tensor.diagonal", "return x.diagonal(-2)"),
    ("Tensor.diagonal", "return x.reshape(2, 2, 5).diagonal(0, 0, 1)"),
    ("Tensor.unflatten", "return x.unflatten(0, (2, 2))"),
    ("Tensor.unflatten", "return x.reshape(20).unflatten(-1, (4, -1))"),
    ("Tensor.addcmul", "return x.addcmul(x, x.flip(0), value=0.5)"),
    ("Tensor.addcdiv", "return x.addcdiv(x, x.abs() + 1)"),
    ("Tensor.nansum", "return (x / (x > 0).float() - 1e9 * 0).nansum()"),
    ("Tensor.nansum", "return torch.where(x > 0.5, x * float('nan'), x).nansum(dim=1, keepdim=True)"),
    ("Tensor.nanmean", "return torch.where(x > 0.5, x * float('nan'), x).nanmean(0)"),
    ("Tensor.nansum", "return torch.where(x > 0.5, x * float('nan'), x).nansum(dtype=torch.float64)"),
    ("Tensor.exp2", "return x.exp2()"),
    ("Tensor.sgn", "return x.sgn()"),
    ("Tensor.heaviside", "return (x * (x.abs() > 0.5)).heaviside(torch.tensor([0.5]))"),
    ("Tensor.tile", "return x.tile(2, 1)"),
    ("Tensor.tile", "return x.tile((2,))"),
    ("Tensor.sin_", "y = x.clone()\n    y.sin_()\n    return y"),
    ("Tensor.cos_", "y = x.clone()\n    return y.cos_()"),
    ("Tensor.negative_", "y = x.clone()\n    return y.negative_()"),
    ("Tensor.subtract_", "y = x.clone()\n    return y.subtract_(x * 2, alpha=0.5)"),
    ("Tensor.remainder_", "y = x.clone()\n    return y.remainder_(0.3)"),
    ("Tensor.unique", "return (x * 2).round().unique()"),
    ("Tensor.unique", "return (x * 2).round().unique(return_inverse=True, return_counts=True)"),
    ("torch.unique", "return torch.unique((x > 0).long(), dim=0, return_counts=True)"),
    ("Tensor.kthvalue", "return tuple(x.kthvalue(2))"),
    ("Tensor.kthvalue", "return tuple(x.kthvalue(3, dim=0, keepdim=True))"),
    ("Tensor.new_tensor", "return x.new_tensor([[1, 2], [3, 4]])"),
    ("Tensor.new_tensor", "return (x > 0).long().new_tensor([1.7, 2.2], dtype=torch.float64)"),
    ("Tensor.bitwise_not", "return (x > 0).bitwise_not()"),
    ("Tensor.bitwise_not", "return (x * 10).long().bitwise_not()"),
    ("Tensor.element_size", "return torch.tensor([x.element_size(), x.double().element_size(), (x > 0).element_size()])"),
    ("Tensor.index_add_", "y = x.clone()\n    r = y.index_add_(0, torch.tensor([0, 2, 0]), x[:3] * 2, alpha=0.5)\n    return r, y"),
    ("Tensor.index_add_", "y = x.clone()\n    return y.index_add_(1, torch.tensor([4, 1]), x[:, :2])"),
]
COVERED = {"torch." + key if key.startswith("Tensor.") else key for key, _ in CASES}


HEADER = "import torch\n\n\n"


def _source(body):
    return f"def f(x: torch.Tensor):\n    {body}"


@pytest.mark.parametrize("key, body", CASES, ids=[f"{k}:{b.splitlines()[-1]}" for k, b in CASES])
def test_method_helper(torch, jittor, key, body):
    both = run_both(_source(body), ["f4,5"], header=HEADER)
    assert_same(both.expected, both.actual, atol=1e-6, rtol=1e-5)


BROKEN_CALL_SHAPES = {}

CALL_SHAPE_CASES = shape_cases([pytest.param(key, _source(body), id=f"{key}:{body.splitlines()[-1]}")
                                for key, body in CASES], broken=BROKEN_CALL_SHAPES)


@pytest.mark.parametrize("key, code", CALL_SHAPE_CASES)
def test_method_helper_call_shape(torch, jittor, key, code):
    check_call_shape(code, ["f4,5"], atol=1e-6, rtol=1e-5, header=HEADER, covers=[key])

"""torch.autograd.Function (custom forward/backward) converted to the helper module's Function on
Jittor's: outputs and the gradients through the custom backward equal PyTorch's."""
import numpy as np
import pytest
from parity import convert_checked, exec_code, to_numpy

pytestmark = pytest.mark.frameworks

SOURCE = '''
import torch
from torch.autograd.function import once_differentiable


class ScaledClamp(torch.autograd.Function):
    """Clamp forward, a straight-through gradient scaled by a non-tensor argument."""

    @staticmethod
    def forward(ctx, x, w, scale):
        ctx.save_for_backward(x, w)
        ctx.scale = scale
        return (x * w).clamp(-1.0, 1.0), x + w

    @staticmethod
    @once_differentiable
    def backward(ctx, grad_a, grad_b):
        x, w = ctx.saved_tensors
        assert ctx.needs_input_grad[0] and ctx.needs_input_grad[1] and not ctx.needs_input_grad[2]
        return grad_a * w * ctx.scale + grad_b, grad_a * x * ctx.scale + grad_b, None


def run(x, w):
    a, b = ScaledClamp.apply(x, w, 0.5)
    return a, b, (a * a).sum() + (b * 3).sum()
'''

COVERED = {"torch.autograd.Function", "torch.autograd.function.once_differentiable"}


def test_custom_function_forward_and_gradients(torch, jittor):
    rs = np.random.RandomState(0)
    x_np, w_np = rs.standard_normal((3, 4)).astype("float32"), rs.standard_normal((3, 4)).astype("float32")
    pt = {}
    exec(compile(SOURCE, "autograd_pt.py", "exec"), pt)
    x, w = torch.tensor(x_np, requires_grad=True), torch.tensor(w_np, requires_grad=True)
    a, b, loss = pt["run"](x, w)
    loss.backward()

    jt_ns = exec_code(convert_checked(SOURCE), "autograd_jt.py")
    jx, jw = jittor.array(x_np), jittor.array(w_np)
    ja, jb, jloss = jt_ns["run"](jx, jw)
    assert isinstance(jt_ns["ScaledClamp"].apply(jx, jw, 0.5), tuple)  # PyTorch's tuple, not Jittor's list
    gx, gw = jittor.grad(jloss, [jx, jw])
    for expected, actual in [(a, ja), (b, jb), (x.grad, gx), (w.grad, gw)]:
        expected, actual = to_numpy(expected), to_numpy(actual)
        assert actual.shape == expected.shape and actual.dtype == expected.dtype
        np.testing.assert_allclose(actual, expected, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(to_numpy(jloss).reshape(()), to_numpy(loss), rtol=1e-5)

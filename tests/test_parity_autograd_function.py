"""torch.autograd.Function (custom forward/backward) converted to the helper module's Function on
Jittor's: outputs and the gradients through the custom backward equal PyTorch's."""
import pytest
from parity import assert_same, convert_checked, exec_code, make_inputs

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
    x_np, w_np = make_inputs(["f3,4", "f3,4"])
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
    assert_same((a, b, x.grad, w.grad, loss), (ja, jb, gx, gw, jloss), atol=1e-6)

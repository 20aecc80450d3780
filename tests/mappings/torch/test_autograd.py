"""Gradients as values: torch.autograd.grad, torch.autograd.functional (jacobian, hessian, vjp, jvp, vhp,
hvp), anomaly mode, custom torch.autograd.Function (forward and backward), and torch.nn.utils' parameter vectors (mappings/torch/autograd.py, mappings/nn/utils.py,
runtime autograd.py and nn/convert_parameters.py), run in both frameworks on the same inputs: value, shape
and dtype agree, in every call shape of PaConvert's rule."""
import pytest
from parity import assert_same, convert_checked, entry_tests, exec_code, make_inputs, run_both

pytestmark = pytest.mark.frameworks


def case(covers, code, *inputs, atol=1e-5, rtol=1e-5, id=None):
    keys = covers.split()
    return pytest.param(keys, code, list(inputs), atol, rtol, id=id or keys[0].replace("torch.", ""))


CASES = [
    case("torch.autograd.grad",
         "def f(x):\n    x.requires_grad_()\n    return torch.autograd.grad((x ** 3).sum(), x)", "f3,4"),
    case("torch.autograd.grad",
         "def f(x, y):\n    x.requires_grad_(); y.requires_grad_()\n"
         "    return torch.autograd.grad(outputs=(x * y).sum(), inputs=[x, y], retain_graph=True)",
         "f3,4", "f3,4", id="autograd.grad-two-inputs"),
    # grad_outputs weight each output; several outputs add up
    case("torch.autograd.grad",
         "def f(x, w):\n    x.requires_grad_()\n"
         "    return torch.autograd.grad([x.sin(), x * 2], x, grad_outputs=[w, torch.ones_like(w)])",
         "f3,4", "f3,4", id="autograd.grad-grad_outputs"),
    # create_graph: the gradient is differentiated again (d2/dx2 of x^3 = 6x)
    case("torch.autograd.grad",
         "def f(x):\n    x.requires_grad_()\n"
         "    (g,) = torch.autograd.grad((x ** 3).sum(), x, create_graph=True)\n"
         "    return torch.autograd.grad(g.sum(), x)[0], g.detach()", "f3,4", id="autograd.grad-second-order"),
    case("torch.autograd.grad",
         "def f(x, y):\n    x.requires_grad_(); y.requires_grad_()\n"
         "    return torch.autograd.grad((x * 2).sum(), [x, y], allow_unused=True, materialize_grads=True)",
         "f3,4", "f2", id="autograd.grad-materialize"),
    case("torch.autograd.grad",
         "def f(x, y):\n    x.requires_grad_(); y.requires_grad_()\n"
         "    g = torch.autograd.grad((x * 2).sum(), [x, y], allow_unused=True)\n"
         "    try:\n        torch.autograd.grad((x * 3).sum(), [y, x])\n        raised = False\n"
         "    except RuntimeError as e:\n        raised = 'not have been used in the graph' in str(e)\n"
         "    return g[0], g[1] is None, raised",
         "f3,4", "f2", id="autograd.grad-unused"),
    case("torch.autograd.functional.jacobian",
         "def f(x, y):\n    return torch.autograd.functional.jacobian(lambda a, b: a * 2, (x, y))",
         "f3", "f2", id="jacobian-independent-input"),
    case("torch.autograd.functional.hessian",
         "def f(x):\n    return torch.autograd.functional.hessian(lambda a: (a * 3).sum(), x)",
         "f3", id="hessian-linear"),
    case("torch.autograd.functional.jacobian",
         "def f(x):\n    return torch.autograd.functional.jacobian(lambda t: t.sin() * t.sum(), x)", "f4"),
    case("torch.autograd.functional.jacobian",
         "def f(x, y):\n"
         "    return torch.autograd.functional.jacobian(lambda a, b: (a @ b, a.exp()), (x, y), create_graph=False)",
         "f2,3", "f3", id="autograd.functional.jacobian-tuples"),
    case("torch.autograd.functional.jacobian",
         "def f(x):\n    return torch.autograd.functional.jacobian(lambda t: (t ** 2).sum(), x)", "f2,3",
         id="autograd.functional.jacobian-scalar-output"),
    case("torch.autograd.functional.hessian",
         "def f(x):\n    return torch.autograd.functional.hessian(lambda t: (t ** 3).sum() * t[0], x)", "f4"),
    case("torch.autograd.functional.hessian",
         "def f(x, y):\n    return torch.autograd.functional.hessian(lambda a, b: (a * b.exp()).sum(), (x, y))",
         "f3", "f3", id="autograd.functional.hessian-tuple"),
    case("torch.autograd.functional.vjp",
         "def f(x, v):\n    return torch.autograd.functional.vjp(lambda t: t.tanh() * 3, x, v)", "f3,4", "f3,4"),
    case("torch.autograd.functional.vjp",
         "def f(x):\n    return torch.autograd.functional.vjp(lambda t: (t ** 2).sum(), x)", "f3",
         id="autograd.functional.vjp-scalar"),
    case("torch.autograd.functional.jvp",
         "def f(x, v):\n    return torch.autograd.functional.jvp(lambda t: t.sin() * t.sum(), x, v)", "f4", "f4"),
    case("torch.autograd.functional.vhp",
         "def f(x, v):\n    return torch.autograd.functional.vhp(lambda t: (t ** 3).sum(), x, v)", "f4", "f4"),
    case("torch.autograd.functional.hvp",
         "def f(x, v):\n    return torch.autograd.functional.hvp(lambda t: (t.exp() * t[0]).sum(), x, v)", "f4",
         "f4"),
    case("torch.autograd.set_detect_anomaly",
         "def f(x):\n    torch.autograd.set_detect_anomaly(True)\n"
         "    with torch.autograd.set_detect_anomaly(False, check_nan=True):\n        return x * 2", "f3"),
    case("torch.autograd.detect_anomaly",
         "def f(x):\n    with torch.autograd.detect_anomaly(check_nan=False):\n        return x + 1", "f3"),
    case("torch.nn.utils.parameters_to_vector torch.nn.utils.vector_to_parameters",
         "def f(v):\n    m = nn.Linear(3, 2)\n    torch.nn.utils.vector_to_parameters(v, m.parameters())\n"
         "    return torch.nn.utils.parameters_to_vector(m.parameters()) * 2, m.weight.detach(), m.bias.detach()",
         "f8"),
    case("torch.nn.utils.parameters_to_vector",
         "def f(x, y):\n    return nn.utils.parameters_to_vector([x, y])", "f3,4", "f2", id="parameters_to_vector-list"),
    # inference_mode: gradients off inside the block or the decorated function, back on after
    case("torch.inference_mode torch.is_inference_mode_enabled",
         "def f(x):\n    x.requires_grad_()\n    with torch.inference_mode():\n        y = x * 3\n"
         "        inside = (torch.is_grad_enabled(), torch.is_inference_mode_enabled())\n"
         "    with torch.inference_mode(mode=False):\n        off = torch.is_inference_mode_enabled()\n"
         "    return y, inside, off, torch.is_grad_enabled(), torch.is_inference_mode_enabled()", "f3,4"),
    case("torch.inference_mode",
         "@torch.inference_mode()\ndef g(x):\n    return x + 1, torch.is_grad_enabled()\n"
         "@torch.inference_mode\ndef h(x):\n    return x * 2, torch.is_inference_mode_enabled()\n"
         "def f(x):\n    return g(x), h(x), torch.is_grad_enabled()", "f3", id="inference_mode-decorator"),
    case("torch.autograd.Variable torch.autograd.is_tensor_like",
         "def f(x):\n    v = torch.autograd.Variable(x, requires_grad=True)\n"
         "    return v * 2, torch.autograd.is_tensor_like(v), torch.autograd.is_tensor_like(3)", "f3"),
    case("torch.no_grad", "def f(x):\n    with torch.no_grad():\n        return x * 2", "f2,3,8,8", rtol=1e-4),
]


test_entry, test_entry_call_shape = entry_tests(CASES)


def test_batched_gradients_are_reported():
    from torch2jittor import convert_source

    result = convert_source("import torch\ndef f(y, x, v):\n"
                            "    return torch.autograd.grad(y, x, v, is_grads_batched=True)\n")
    assert [d.api for d in result.unsupported] == ["torch.autograd.grad"]


COVERED = {k for p in CASES for k in p.values[0]}  # see test_coverage.py


FUNCTION_SOURCE = '''
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

# torch.autograd.Function (custom forward/backward) on the helper module's Function on Jittor's: outputs and the
# gradients through the custom backward equal PyTorch's.
COVERED |= {"torch.autograd.Function", "torch.autograd.function.once_differentiable"}


def test_custom_function_forward_and_gradients(torch, jittor):
    x_np, w_np = make_inputs(["f3,4", "f3,4"])
    pt = {}
    exec(compile(FUNCTION_SOURCE, "autograd_pt.py", "exec"), pt)
    x, w = torch.tensor(x_np, requires_grad=True), torch.tensor(w_np, requires_grad=True)
    a, b, loss = pt["run"](x, w)
    loss.backward()

    jt_ns = exec_code(convert_checked(FUNCTION_SOURCE), "autograd_jt.py")
    jx, jw = jittor.array(x_np), jittor.array(w_np)
    ja, jb, jloss = jt_ns["run"](jx, jw)
    assert isinstance(jt_ns["ScaledClamp"].apply(jx, jw, 0.5), tuple)  # PyTorch's tuple, not Jittor's list
    gx, gw = jittor.grad(jloss, [jx, jw])
    assert_same((a, b, x.grad, w.grad, loss), (ja, jb, gx, gw, jloss), atol=1e-6)


GRAD_MODE_CODE = '''
def f(x):
    out = []
    with torch.set_grad_enabled(False):
        out.append(torch.is_grad_enabled())
        with torch.enable_grad():
            out.append(torch.is_grad_enabled())
        out.append(torch.is_grad_enabled())
    out.append(torch.is_grad_enabled())
    return out
'''


def test_grad_mode_contexts(torch, jittor):
    both = run_both(GRAD_MODE_CODE, ["f1"])
    assert both.expected == [False, True, False, True]
    assert_same(both.expected, both.actual)


COVERED |= {"torch.enable_grad", "torch.set_grad_enabled", "torch.is_grad_enabled"}


VMAP_CASES = [
    "def f(x, y): return torch.vmap(torch.dot)(x, y)",
    "def f(x, y): return torch.vmap(lambda a, b: (a * b, a + b), in_dims=(0, None), out_dims=(0, 1))(x, y[0])",
    "def f(x, y): return torch.vmap(lambda a: a.cumsum(0), in_dims=1, out_dims=1)(x), torch.vmap(torch.sum, 1)(x)",
    "def f(x, y): return torch.vmap(torch.vmap(lambda a, b: a * b))(x.reshape(2, 2, 3), y.reshape(2, 2, 3))",
    "def f(x, y): return torch.func.vmap(lambda p: p[0] @ p[1], in_dims=((0, 0),))((x, y))",
    "def f(x, y): return torch.vmap(lambda d: d['a'] - d['b'], in_dims=({'a': 0, 'b': 1},))({'a': x, 'b': torch.transpose(y, 0, 1)})",
    # per-sample gradients: the gradient flows through the stacked results
    "def f(x, y):\n    x.requires_grad_()\n    out = torch.vmap(lambda a, b: (a.sin() * b).sum())(x, y)\n"
    "    return out, torch.autograd.grad(out.sum(), x)",
]


@pytest.mark.parametrize("code", VMAP_CASES)
def test_vmap(torch, jittor, code):
    from parity import assert_converts

    both = run_both(code, ["f4,3", "f4,3"])
    assert_converts(both, ["torch.vmap"] if "torch.vmap" in code else ["torch.func.vmap"])
    assert_same(both.expected, both.actual, atol=1e-5)


def test_vmap_of_unequal_batch_sizes_raises_as_pytorch(torch, jittor):
    from parity import assert_same_error

    assert_same_error("def f(x, y): return torch.vmap(torch.mul)(x, y)", ["f4,3", "f3,3"])


COVERED |= {"torch.vmap"}


def test_autograd_backward_of_several_tensors(torch, jittor):
    """torch.autograd.backward([a, b], [None, g]): every tensor's gradient accumulates into .grad."""
    code = ("def f(x, w):\n"
            "    x.requires_grad_()\n"
            "    (x * 2).sum().backward()\n"
            "    torch.autograd.backward([(x * x).sum()])\n"
            "    once = x.grad.clone()\n"
            "    torch.autograd.backward([(x ** 3).sum(), x.sin()], [None, w])\n"
            "    torch.autograd.backward((x.cos(),), grad_tensors=(w,))\n"
            "    return once, x.grad\n")
    both = run_both(code, ["f3,4", "f3,4"])
    assert_same(both.expected, both.actual)


GRADCHECK = """
class Leaky(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        return g * 3 * x  # wrong: d(x*x)/dx is 2x


def f(x, y):
    x, y = x.double().requires_grad_(), y.double().requires_grad_()
    return (torch.autograd.gradcheck(lambda a, b: (a.sin() * b, a @ b.t()), (x, y)),
            torch.autograd.gradcheck(lambda a: Leaky.apply(a), (x,), raise_exception=False),
            torch.autograd.gradcheck(lambda a, b: (a * b).exp().sum(), [x, y.detach()], eps=1e-5, atol=1e-4),
            torch.autograd.gradgradcheck(lambda a, b: (a ** 3 * b).sum(1), (x, y)),
            torch.autograd.gradgradcheck(lambda a: a.tanh(), (x,), (torch.ones(2, 3, dtype=torch.float64),)))
"""


def test_gradcheck(torch, jittor):
    both = run_both(GRADCHECK, ["f2,3", "f2,3"])
    assert both.expected == both.actual == (True, False, True, True, True)
    assert {"torch.autograd.gradcheck", "torch.autograd.gradgradcheck"} <= set(both.converted)


def test_gradcheck_mismatch_raises_as_pytorch(torch, jittor):
    from parity import assert_same_error

    both = run_both("def f(x):\n    x = x.double().requires_grad_()\n    try:\n"
                    "        torch.autograd.gradcheck(lambda a: a.detach() ** 2 + a * 0, (x,))\n"
                    "    except RuntimeError as e:  # GradcheckError\n"
                    "        return str(e).startswith('Jacobian mismatch for output 0 with respect to input 0')", ["f3"])
    assert both.expected is True and both.actual is True
    # no input requires a gradient (a tensor made by a creation function: the helpers know it requires none)
    assert_same_error("def f(x):\n    return torch.autograd.gradcheck(lambda a: a * 2, (torch.ones(3, dtype=torch.float64),))",
                      ["f3"])


COVERED |= {"torch.autograd.gradcheck", "torch.autograd.gradgradcheck"}

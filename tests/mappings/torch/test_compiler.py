"""torch.compiler's queries and torch.__version__: the converted code takes PyTorch's eager path."""
import pytest
from parity import assert_same, convert_checked, exec_code, make_input

pytestmark = pytest.mark.frameworks

SOURCE = '''
import torch
import torch._dynamo


@torch.compiler.disable
def plain(x):
    return x + 1


@torch.compiler.disable(recursive=False)
def plain_too(x):
    return x * 2


def probe():
    major = int(torch.__version__.split(".")[0])
    return (torch.compiler.is_compiling(), torch.compiler.is_dynamo_compiling(), torch.compiler.is_exporting(),
            torch._dynamo.is_compiling(), major >= 2, plain(1), plain_too(3), torch._dynamo.disable(len)([1, 2]))
'''

COVERED = {
    "torch.__version__", "torch.compiler.is_compiling", "torch.compiler.is_dynamo_compiling",
    "torch.compiler.is_exporting", "torch.compiler.disable", "torch.compile", "torch.cond", "torch.while_loop",
}


CONTROL_FLOW = """
def f(x):
    def body(i, acc):
        return i + 1, acc * 2 + x
    n, acc = torch.while_loop(lambda i, acc: i < 4, body, (torch.tensor(0), x))
    big = torch.cond(acc.sum() > 0, lambda a, b: a + b, lambda a, b: a - b, (acc, x))
    small = torch.cond(False, lambda a: a * 10, lambda a: a.sin(), [x])
    return n, acc, big, small, torch.while_loop(lambda s: s.sum() < 100, lambda s: (s + 1,), [x.abs()])
"""


def test_control_flow_operators_run_eagerly(torch, jittor):
    from parity import assert_converts, run_both

    both = run_both(CONTROL_FLOW, ["f3,4"])
    assert_converts(both, ["torch.cond", "torch.while_loop"])
    assert_same(both.expected, both.actual, atol=1e-5)


def test_cond_on_a_multi_element_predicate_raises_as_pytorch(torch, jittor):
    from parity import assert_same_error

    assert_same_error("def f(x): return torch.cond(x > 0, lambda a: a, lambda a: -a, (x,))", ["f3"])


def test_compiler_queries_take_the_eager_path(torch, jittor):
    pt = {}
    exec(compile(SOURCE, "compiler_pt.py", "exec"), pt)
    jt = exec_code(convert_checked(SOURCE), "compiler_jt.py")
    assert jt["probe"]() == pt["probe"]() == (False, False, False, False, True, 2, 6, 2)


COMPILED = '''
import torch
import torch.nn as nn


@torch.compile(backend="eager", fullgraph=True)
def double(x):
    return x * 2


def run(x):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
    compiled = torch.compile(model, backend="eager")
    plain = torch.compile(lambda t: t + 1, disable=True)
    keys = [k.replace("_orig_mod.", "") for k in compiled.state_dict()]
    same = bool((compiled(x) == model(x)).all())
    return same, double(x), plain(x), keys
'''


def test_compiled_models_and_functions_run_as_written(torch, jittor):
    """torch.compile'd models and functions compute what the originals do (backend="eager" keeps
    PyTorch's side quick); the converted model's state_dict keys are the plain names that PyTorch's
    wrapper prefixes with `_orig_mod.`."""
    x = make_input("f2,3")
    pt = {}
    exec(compile(COMPILED, "compiled_pt.py", "exec"), pt)
    jt_ns = exec_code(convert_checked(COMPILED), "compiled_jt.py")
    e, a = pt["run"](torch.from_numpy(x)), jt_ns["run"](jittor.array(x))
    assert a[0] is e[0] is True  # the compiled model computes what the model does
    assert_same(e[1:3], a[1:3], atol=1e-6, rtol=1e-6)
    assert a[3] == e[3] == ["0.weight", "0.bias", "2.weight", "2.bias"]

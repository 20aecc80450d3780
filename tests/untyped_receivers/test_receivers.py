"""Tensor methods on receivers the converter cannot prove to be tensors (a value another object
holds, a function parameter fed from elsewhere) compute what PyTorch computes
(pytorch/examples word_language_model: `data.narrow(0, 0, nbatch * bsz)` on a corpus attribute):
a call the table rewrites goes through `t2j.maybe_tensor(data)` (untyped_receivers/test_methods.py).
The helper package also gives Jittor's Var the PyTorch methods it lacks, for calls the converter
never sees (`getattr(x, name)(...)`); they are installed when the helper package is first imported."""
import subprocess
import sys

import pytest
from parity import _ensure_helper_module, assert_same, assert_same_error, run_both

pytestmark = pytest.mark.frameworks

CODE = '''
class Corpus:
    def __init__(self, ids):
        self.train = ids


def batchify(data, bsz):
    nbatch = data.shape[0] // bsz
    data = data.narrow(0, 0, nbatch * bsz)
    return data.view(bsz, -1).t()


def f(x, w):
    corpus = Corpus(x)
    held = corpus.train
    return (batchify(corpus.train, 3), held.mm(w), held.log1p(), held.index_select(0, w[0].long().abs()),
            held.narrow(1, 1, 2), held.clip(min=0.1), held.addmm(held, w.t().mm(w)))
'''


def test_untyped_receivers_compute_as_pytorch(torch, jittor):
    _ensure_helper_module()
    import jittor_compat  # noqa: F401  (what any converted file using a helper does)

    both = run_both(CODE, ["u11,4", "u4,4"])
    for method in ("(data).narrow", "(held).mm", "(held).log1p", "(held).index_select", "(held).clip", "(held).addmm"):
        assert "t2j.maybe_tensor" + method in both.code, method  # the receivers are not provable
    assert_same(both.expected, both.actual)


def test_var_keeps_its_own_methods(jittor):
    """Names Var has are never replaced (its own semantics stay, as the converter assumes), except
    the arithmetic that promotes dtypes as PyTorch and the shape methods that take a torch.Size
    (jittor_compat/_operators.py), and those that mark or read PyTorch's 0-dim tensors (_zero_dim.py):
    each of those wraps Jittor's own method."""
    code = ("import jittor as jt\nown = dict(jt.Var.__dict__)\n"
            "import jittor_compat\nfrom jittor_compat import _operators, _var_methods, _zero_dim\n"
            "promoting = set(_operators.OPERATORS) | set(_operators.FLOATING) | set(_operators.INT64_REDUCTIONS)\n"
            "promoting |= set(_var_methods.WRAPPED) | set(_operators.SHAPE_METHODS) | set(_zero_dim.WRAPPED)\n"
            "promoting |= set(_operators.HALF_NOT_EQUAL) | set(_operators.INPLACE) | set(_operators.VAR_MATMULS)\n"
            "changed = [n for n, v in own.items() if jt.Var.__dict__[n] is not v]\n"
            "assert set(changed) <= promoting, sorted(set(changed) - promoting)\n"
            "import inspect\nassert all(inspect.unwrap(jt.Var.__dict__[n]) is own[n] for n in changed), changed\n"
            "assert hasattr(jt.Var, 'narrow') and hasattr(jt.Var, 'mm')\n")
    import tempfile

    from torch2jittor import write_helper_module

    folder = tempfile.mkdtemp(prefix="t2j-helper-")
    write_helper_module(folder)
    subprocess.run([sys.executable, "-c", code], check=True, cwd=folder)


def test_truth_of_a_one_element_float_tensor(torch, jittor):
    """`bool(x.sum())`, `if x.max():` on a float Var: Jittor's __bool__ asserted an int or bool dtype."""
    code = ("def f(x: torch.Tensor):\n"
            "    flags = [bool(x.sum()), bool(x[0, 0] * 0), not x.min(), bool(torch.tensor([0.5]))]\n"
            "    if x.abs().max():\n"
            "        flags.append(True)\n"
            "    return flags\n")
    both = run_both(code, ["f3,4"])
    assert_same(both.expected, both.actual)
    assert_same_error("def f(x: torch.Tensor):\n    return bool(x)\n", ["f3,4"])


def test_methods_tensors_share_with_modules_on_a_submodule(torch, jittor):
    """`model.backbone.requires_grad_(False)` (freezing a pretrained part), `self.head.double()`,
    `m.enc.float()`, `m.enc.cpu()`, `m.enc.type(torch.float64)`: the converter cannot tell a submodule
    attribute from a tensor one. Through t2j.maybe_tensor Jittor's Module.requires_grad_ ran (the
    parameters kept requiring gradients) and float/double/cpu/type raised AttributeError."""
    both = run_both('''
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Linear(3, 3)
        self.head = nn.Linear(3, 2)
        self.head.double()
        self.head.float()

    def forward(self, x):
        return self.head(self.enc(x))


def freeze(layer):
    layer.requires_grad_(False)


def f(x):
    m = Net()
    for p in m.parameters():
        nn.init.constant_(p, 0.2)
    m.enc.requires_grad_(False)
    flags = [p.requires_grad for p in m.parameters()]
    m.enc.requires_grad_()
    freeze(m.head)
    flags2 = [p.requires_grad for p in m.parameters()]
    m.enc.double()
    dtypes = [p.dtype == torch.float64 for p in m.parameters()]
    m.enc.float().cpu()
    m.head.type(torch.float64)
    dtypes2 = [p.dtype == torch.float64 for p in m.parameters()]
    m.head.half().float()
    return flags, flags2, dtypes, dtypes2, m(x), m.enc.weight.float()
''', ["f2,3"])
    assert "maybe_tensor(m.enc).double()" in both.code
    assert_same(both.expected, both.actual)

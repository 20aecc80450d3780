"""PyTorch's autograd bookkeeping on Jittor, run in both frameworks: which tensors require gradients
(`requires_grad`, `is_leaf`, `grad_fn`), leaves made by creation functions with requires_grad=True
or by requires_grad_(), which backward() fills, and the manual SGD step of the tutorials
(`with torch.no_grad(): w -= lr * w.grad; w.grad.zero_()`), which must keep w trainable.
Values, shapes, dtypes and gradients agree (runtime optim.py's leaf store, tensor_methods.py,
_var_methods.py's in-place operators; mappings/tensor.py ATTRIBUTES; rules/gradients.py)."""
import numpy as np
import pytest
from parity import assert_same, run_both

pytestmark = pytest.mark.frameworks

LINEAR_REGRESSION = '''
def f(x, y):
    w = torch.zeros(3, 1, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    lr = 0.1
    losses = []
    for _ in range(20):
        loss = ((x @ w + b - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
            b -= lr * b.grad
            w.grad.zero_()
            b.grad.zero_()
        losses.append(loss.item())
    return w.detach(), b.detach(), losses[0], losses[-1], w.requires_grad, w.is_leaf
'''

TWO_LAYER_NET = '''
def f(x: torch.Tensor, y: torch.Tensor):
    w1 = torch.randn(4, 5, requires_grad=True)
    w2 = torch.randn(5, 2, requires_grad=True)
    with torch.no_grad():
        w1.copy_(torch.linspace(-0.5, 0.5, 20).reshape(4, 5))
        w2.fill_(0.2)
    for t in range(5):
        h = x.mm(w1)
        y_pred = h.clamp(min=0).mm(w2)
        loss = (y_pred - y).pow(2).sum()
        loss.backward()
        with torch.no_grad():
            w1 -= 1e-3 * w1.grad
            w2 -= 1e-3 * w2.grad
            w1.grad = None
            w2.grad.zero_()
    return w1.detach(), w2.detach(), loss.item(), w1.grad, w2.grad
'''


@pytest.mark.parametrize("code,inputs", [
    (LINEAR_REGRESSION, ["f8,3", "f8,1"]),
    (TWO_LAYER_NET, ["f6,4", "f6,2"]),
], ids=["linear-regression", "two-layer-net"])
def test_manual_gradient_descent(code, inputs):
    both = run_both(code, inputs)
    assert_same(both.expected, both.actual, atol=1e-4, rtol=1e-4)


def test_requires_grad_flags():
    both = run_both('''
def f(x):
    a = torch.randn(3)
    b = torch.randn(3, requires_grad=True)
    c = b * 2
    d = c.detach()
    e = torch.ones(2)
    e.requires_grad = True
    with torch.no_grad():
        g = b * 3
    h = torch.zeros(2).requires_grad_()
    k = torch.tensor([1.0, 2.0], requires_grad=True)
    k.requires_grad_(False)
    p = nn.Parameter(torch.ones(2))
    return (a.requires_grad, b.requires_grad, c.requires_grad, d.requires_grad, e.requires_grad,
            g.requires_grad, h.requires_grad, k.requires_grad, p.requires_grad,
            a.is_leaf, b.is_leaf, c.is_leaf, d.is_leaf, e.is_leaf, g.is_leaf, h.is_leaf, p.is_leaf,
            c.grad_fn is None, b.grad_fn is None, a.grad_fn is None, b.grad)
''', ["f3"])
    assert_same(both.expected, both.actual)


def test_module_parameters_are_leaves_requiring_gradients():
    both = run_both('''
def f(x):
    m = nn.Linear(3, 2)
    y = m(x)
    return (m.weight.requires_grad, m.weight.is_leaf, m.weight.grad_fn is None, y.requires_grad, y.is_leaf,
            y.grad_fn is not None)
''', ["f4,3"])
    assert_same(both.expected, both.actual)


def test_gradients_accumulate_retain_and_autograd_grad():
    both = run_both('''
def f(x):
    w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    (w * x).sum().backward()
    (w * w).sum().backward()
    g1 = w.grad.clone()
    y = w * 3
    y.retain_grad()
    z = (y ** 2).sum()
    z.backward(retain_graph=True)
    z.backward()
    (gw,) = torch.autograd.grad((w ** 3).sum(), w)
    return g1, y.grad, w.grad, gw, y.retains_grad, w.retains_grad
''', ["f3"])
    assert_same(both.expected, both.actual)


def test_leaf_gradients_beside_a_model_and_its_optimizer():
    """An input made to require gradients (saliency, adversarial examples) gets its `.grad` from
    the same backward() that fills the model's, with an optimizer in sight."""
    both = run_both('''
def f(x):
    torch.manual_seed(0)
    m = nn.Linear(3, 1)
    with torch.no_grad():
        m.weight.copy_(torch.tensor([[0.5, -1.0, 2.0]]))
        m.bias.fill_(0.1)
    opt = torch.optim.SGD(m.parameters(), lr=0.1)
    x = x.clone().requires_grad_()
    opt.zero_grad()
    m(x).sum().backward()
    opt.step()
    return x.grad, m.weight.detach(), m.bias.detach()
''', ["f4,3"])
    assert_same(both.expected, both.actual)


def test_in_place_updates_under_no_grad_keep_training():
    """`w[0] = v`, `w += v` and friends under no_grad: w still requires gradients afterwards."""
    both = run_both('''
def f(x):
    w = torch.ones(2, 3, requires_grad=True)
    with torch.no_grad():
        w[0] = 2.0
        w *= 3
        w /= 2
        w += x
    (w * w).sum().backward()
    return w.detach(), w.grad, w.requires_grad
''', ["f2,3"])
    assert_same(both.expected, both.actual)


COVERED = {"torch.Tensor.retain_grad", "torch.Tensor.requires_grad_", "torch.Tensor.detach"}  # see test_coverage.py


TIES = [[1.0, 3.0, 3.0], [2.0, 2.0, 0.0], [3.0, 0.0, 3.0]]


@pytest.mark.parametrize("expression", [
    "x.max()", "x.min()", "torch.max(x)", "x.amax(1)", "torch.amax(x)", "x.amin(dim=(0, 1), keepdim=True)",
    "x.median()", "torch.aminmax(x).max", "torch.abs(x - 2)", "F.l1_loss(x, torch.full_like(x, 2.0))",
])
def test_gradients_at_ties_and_kinks(expression):
    """PyTorch splits a full max/min/median's and amax/amin's gradient evenly between tied elements
    (Jittor gives each tie all of it), and torch.abs's and l1_loss's gradient at 0 is 0 (Jittor's: 1)."""
    both = run_both(f'''
def f(x: torch.Tensor):
    x = x.clone().requires_grad_()
    y = {expression}
    y.sum().backward()
    return y.detach(), x.grad
''', [np.array(TIES, dtype=np.float32)])
    assert_same(both.expected, both.actual)


def test_extremes_propagate_nan():
    both = run_both('''
def f(x: torch.Tensor):
    return x.max(), torch.amin(x, 1), x.amax(0)
''', [np.array([[1.0, np.nan], [2.0, 0.0]], dtype=np.float32)])
    assert_same(both.expected, both.actual)


def test_a_parameter_the_loss_does_not_reach_keeps_no_gradient(torch, jittor):
    """PyTorch leaves `.grad` of a parameter the loss does not reach as it was: None after
    zero_grad(), and the optimizer then skips it (no momentum, no weight decay). Jittor's jt.grad
    gives it zeros, and SGD with momentum moved a layer a dynamic network skipped on that step
    (jcjohnson/pytorch-examples' dynamic_net: losses 1.5e-04 apart)."""
    both = run_both('''
def f(x):
    first, second = nn.Linear(4, 4), nn.Linear(4, 2)
    params = list(first.parameters()) + list(second.parameters())
    with torch.no_grad():
        for p in params:
            p.copy_(torch.linspace(-0.5, 0.7, p.numel()).reshape(p.shape))
    opt = torch.optim.SGD(params, lr=0.1, momentum=0.9, weight_decay=0.01)
    seen = []
    for use_second in (True, False, False, True):
        h = first(x).relu()
        out = second(h) if use_second else h[:, :2]
        opt.zero_grad()
        out.pow(2).mean().backward()
        seen.append(second.weight.grad is None)
        opt.step()
    return [p.detach() for p in params], seen
''', ["f5,4"])
    assert both.expected[1] == [False, True, True, False]
    assert_same(both.expected, both.actual, atol=1e-5, rtol=1e-5)


def test_augmented_assignment_to_a_gradient_changes_it_in_place():
    """`w.grad += 1`, `w.grad *= 0.5`: the stored gradient changed (Jittor's Var has no `.grad`;
    the line raised in jt.grad), also as seen through an alias taken before."""
    code = '''
def f(x: torch.Tensor):
    w = x.clone().requires_grad_()
    (w * w).sum().backward()
    g = w.grad
    w.grad += 1
    w.grad *= 0.5
    w.grad -= x / 4
    return w.grad, g
'''
    both = run_both(code, ["f2,3"])
    assert "t2j.inplace_(t2j.grad_of(w)" in both.code
    assert_same(both.expected, both.actual)


def test_requires_grad_set_through_a_loop_over_a_list():
    """The makemore lectures: `parameters = [C, W1, b1]; for p in parameters: p.requires_grad = True`,
    then a manual step from `p.grad`. p is not provably a tensor there; Jittor's own setter only
    started its gradient and backward() left `p.grad` None. A user object's attribute stays an attribute."""
    both = run_both('''
class Flag:
    requires_grad = False


def f(x):
    g = torch.Generator().manual_seed(2147483647)
    C = torch.randn((5, 3), generator=g)
    W = torch.randn((3, 2), generator=g)
    parameters = [C, W]
    for p in parameters:
        p.requires_grad = True
    flag = Flag()
    for thing in [flag]:
        thing.requires_grad = True
    for _ in range(2):
        loss = (C[:4] @ W).tanh().mean() + (x * W.sum()).mean()
        for p in parameters:
            p.grad = None
        loss.backward()
        for p in parameters:
            p.data += -0.1 * p.grad
    return C, W, loss, flag.requires_grad, [p.requires_grad for p in parameters]
''', ["f3"])
    assert "t2j.tensor_requires_grad_(p, True)" in both.code
    assert_same(both.expected, both.actual)

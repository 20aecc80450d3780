"""A Var's text is PyTorch's tensor text (runtime/jittor_compat/_tensor_str.py): `print(loss)`,
`f"{nll=}"`, `str(x)` in a converted script print what PyTorch prints, proven by running both."""
import pytest
from parity import run_both

pytestmark = pytest.mark.frameworks


def test_tensor_text_as_pytorch_prints_it(torch, jittor):
    both = run_both('''
def f(x):
    loss = (x * 2).mean()
    nll = -loss
    probs = torch.softmax(x, 1)
    ints = torch.arange(6).reshape(2, 3)
    w = torch.randn(3, 3, generator=torch.Generator().manual_seed(0), requires_grad=True)
    return (str(loss), repr(probs), f"{nll=}", str(ints), str(ints.int()), str(x > 0), str(torch.zeros(2, 0)),
            str(torch.linspace(0, 1, 2000)), str(x.double()), str(torch.tensor([1e-5, 1.0, 300.0])), str(w),
            str(x[0, 0]), str(x.sum()), str(torch.tensor(7)), "%s" % ints, str([ints[0, 0], probs[0]]),
            str(torch.tensor([1.5, float("nan"), float("inf")])), str(torch.ones(2, 3, 4, dtype=torch.float64)),
            str(torch.tensor([1e9, 2.0])), str(torch.arange(2000.0).reshape(40, 50) / 7))
''', ["f3,4"])
    assert both.expected == both.actual


def test_print_options_apply(torch, jittor):
    both = run_both('''
def f(x):
    torch.set_printoptions(precision=2)
    short = str(x)
    torch.set_printoptions(sci_mode=True)
    sci = str(x)
    torch.set_printoptions(profile="default")
    torch.set_printoptions(threshold=5, edgeitems=1, linewidth=40)
    summarized = str(torch.arange(100.0).reshape(10, 10) / 3)
    torch.set_printoptions(profile="default")
    return short, sci, summarized, str(x)
''', ["f3,4"])
    assert both.expected == both.actual


def test_numpy_and_matplotlib_take_tensors(torch, jittor):
    """A notebook's `plt.plot(torch.tensor(lossi))`: matplotlib converts with np.asarray(x, float),
    which Jittor's Var refused (its __array__ takes no dtype)."""
    both = run_both('''
def f(x):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    line, = plt.plot(x[0], x[1] * 2)
    plt.close("all")
    return (np.asarray(x, float).dtype.name, np.asarray(x).dtype.name, np.array(x, dtype=np.float16).tolist(),
            line.get_ydata().tolist())
''', ["f2,5"])
    assert both.expected == both.actual

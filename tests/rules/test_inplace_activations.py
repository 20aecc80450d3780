"""In-place activations whose input the module reads again (rules/inplace_activations.py): PyTorch's
output and gradients depend on the write into the input, and the converted code must reproduce them
(Xception's residual branches start with ReLU(inplace=True) on the input the shortcut also reads)."""
import pytest
from parity import HEADER, assert_same, convert_checked, exec_code, make_input, run_both, to_jittor, to_torch

pytestmark = pytest.mark.frameworks

COVERED = set()  # no entry of its own: a rule over the activation entries

XCEPTION_LIKE = """
class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.residual = nn.Sequential(nn.Sequential(nn.ReLU(True), nn.Conv2d(3, 3, 3, padding=1)), nn.BatchNorm2d(3))
        self.shortcut = nn.Conv2d(3, 3, 1)
        self.act = nn.LeakyReLU(0.1, inplace=True)
        self.plain = nn.ReLU(inplace=True)

    def forward(self, x):
        x = x * 1.5 - 0.5
        residual = self.residual(x)
        shortcut = self.shortcut(x)
        y = self.act(residual)
        x = self.plain(residual + shortcut + y)
        return x
model = Block()
"""


def test_input_read_after_an_in_place_layer_sees_its_output(torch, jittor):
    both = run_both(XCEPTION_LIKE, ("f2,3,6,6",), entry="model")
    code = both.code
    assert code.count("writes_through(") == 2, code  # the residual's head and self.act, not self.plain
    assert "t2j.writes_through(nn.ReLU())" in code and "t2j.writes_through(nn.LeakyReLU(" in code
    assert_same(both.expected, both.actual)


def test_gradients_flow_through_the_written_input(torch, jittor):
    source = HEADER + XCEPTION_LIKE
    torch.manual_seed(0)
    pt_model = exec_code(source, "case_pt.py")["model"]
    jt_model = exec_code(convert_checked(source), "case_jt.py")["model"]
    jt_model.load_parameters(pt_model.state_dict())
    x = make_input("f2,3,6,6")
    pt_x = to_torch(x).requires_grad_(True)
    pt_model(pt_x).square().sum().backward()
    jt_x = to_jittor(x)
    names = sorted(name for name, _ in pt_model.named_parameters())  # Jittor also lists BN's statistics
    params = [dict(jt_model.named_parameters())[name] for name in names]
    grads = jittor.grad(jt_model(jt_x).sqr().sum(), [jt_x] + params)
    pt_params = [dict(pt_model.named_parameters())[name] for name in names]
    assert_same([pt_x.grad] + [p.grad for p in pt_params], grads, atol=1e-4, rtol=1e-4)


def test_in_place_layers_whose_input_is_not_read_again_stay_plain():
    code = HEADER + """
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.relu = nn.ReLU(inplace=True)
        self.body = nn.Sequential(nn.ReLU(inplace=True), nn.Linear(4, 4))

    def forward(self, x):
        x = self.relu(x)
        h = self.body(x)
        x = h * 2
        return x
"""
    assert "writes_through" not in convert_checked(code)


VARIABLES_AND_FUNCTIONS = """
def f(x):
    act = nn.LeakyReLU(0.2, inplace=True)
    buffer = x * 2 - 1
    out = act(buffer)
    z = x - 0.5
    F.relu(z, inplace=True)
    w = x - 0.25
    F.hardtanh(w, -0.1, 0.1, True)
    kept = x - 0.5
    plain = F.elu(kept, inplace=True)
    unread = x - 0.5
    unread = F.relu6(unread, inplace=True)
    return buffer, out, z, w, kept, plain, unread
"""


def test_in_place_layer_variables_and_functional_calls_write_their_input(torch, jittor):
    """A layer bound to a variable (`act = nn.LeakyReLU(inplace=True)`, `act(buffer)`) and the
    functional form (`F.relu(z, inplace=True)` as a statement) write into an input read again."""
    both = run_both(VARIABLES_AND_FUNCTIONS, ["f3,4"])
    assert both.code.count("t2j.writes_through(") == 1 and both.code.count("t2j.inplace_(") == 3
    assert "t2j.inplace_(unread" not in both.code  # rebound by the call's result: nothing to write
    assert_same(both.expected, both.actual)


def test_in_place_layer_called_where_it_is_built_writes_its_input(torch, jittor):
    """`nn.ReLU(inplace=True)(y)` with `y` read afterwards: PyTorch's y holds the activation."""
    code = ("def f(x):\n"
            "    y = x.clone()\n"
            "    out = nn.ReLU(inplace=True)(y)\n"
            "    z = x.clone()\n"
            "    nn.Sequential(nn.LeakyReLU(0.1, True), nn.Identity())(z)\n"
            "    w = x.clone()\n"
            "    nn.Hardtanh(-0.5, 0.5, inplace=True)(w)\n"
            "    kept = x.clone()\n"
            "    plain = nn.ReLU(inplace=False)(kept)\n"
            "    return out, y, z, w, kept, plain\n")
    both = run_both(code, ["f3,4"])
    assert both.code.count("t2j.writes_through(") == 3
    assert_same(both.expected, both.actual)


def test_in_place_layer_called_on_an_indexed_tensor_writes_it_back(torch, jittor):
    """`act(x[1:])` as a statement, act an in-place activation: PyTorch changes x's rows."""
    code = ("def f(x):\n"
            "    x = x - 0.5\n"
            "    act = nn.ReLU(inplace=True)\n"
            "    act(x[1:])\n"
            "    nn.LeakyReLU(0.5, inplace=True)(x[0, :2])\n"
            "    return x\n")
    both = run_both(code, ["f3,4"])
    assert "x[1:] = " in both.code and "x[0, :2] = " in both.code
    assert_same(both.expected, both.actual)

"""Run-both proofs of the entries in src/torch2jittor/mappings/nn/container.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import pytest
from parity import D2, Fl, assert_same, covered, layer_case, layer_tests, net, run_both

pytestmark = pytest.mark.frameworks


LAYER_CASES = [
    layer_case("ModuleDict", net("self.layers = nn.ModuleDict({'conv': nn.Conv2d(3, 4, 1), 'act': nn.ReLU()})\n"
                           "self.layers['head'] = nn.Conv2d(4, 2, 1)",
                           "for name in self.layers:\n    x = self.layers[name](x)\n"
                           "return x * len(self.layers) + float('act' in self.layers)"), D2),
    layer_case("ModuleDict", net("self.d = nn.ModuleDict()\nself.d.update([('a', nn.Linear(3, 4)), ('b', nn.Linear(4, 2))])",
                           "for key, layer in self.d.items():\n    x = layer(x)\nreturn x"), (Fl(2, 3),),
               id="ModuleDict-update-items"),
    layer_case("ParameterList Parameter", net(
        "lin = nn.Linear(3, 4)\nlin2 = nn.Linear(1, 3)\n"
        "self.ps = nn.ParameterList([nn.Parameter(lin.weight * 2), nn.Parameter(lin2.bias * 1)])\n"
        "self.ps.append(nn.Parameter(lin2.bias * 3, requires_grad=False))",
        "y = x @ self.ps[0]\nfor p in self.ps[1:]:\n    y = y + p\nreturn y * len(self.ps)"), (Fl(2, 4),)),
    layer_case("ParameterDict Parameter", net(
        "lin = nn.Linear(1, 3)\n"
        "self.pd = nn.ParameterDict({'scale': nn.Parameter(lin.weight[:, 0] * 1)})\n"
        "self.pd['shift'] = nn.Parameter(lin.bias * 1)",
        "for key in self.pd:\n    x = x + self.pd[key] * float('scale' in self.pd)\nreturn x * self.pd['scale']"),
               (Fl(2, 3),)),
    layer_case(
        "torch.nn.Sequential torch.nn.Module torch.nn.ModuleList",
        "class Net(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.blocks = nn.ModuleList([nn.Conv2d(3, 3, 1)])\n"
        "        self.blocks += [nn.ReLU()]\n"
        "        self.blocks.extend([nn.Identity()])\n"
        "        self.blocks.insert(0, nn.Identity())\n"
        "        self.head = nn.Sequential(nn.Flatten(), nn.Linear(3 * 8 * 8, 4))\n"
        "    def forward(self, x):\n"
        "        for block in self.blocks:\n"
        "            x = block(x)\n"
        "        return self.head(x)\n"
        "model = Net()",
        D2,
    ),
]


test_layer_entry, test_layer_call_shape = layer_tests(LAYER_CASES)

COVERED = covered(LAYER_CASES)  # see tests/test_coverage.py


def test_slices_are_containers(torch, jittor):
    """`model[:2](x)`: a slice of a Sequential is a Sequential (keys kept: `model[1:]`'s state_dict keys
    start at '1'), a slice of a ModuleList a ModuleList (renumbered); Jittor's return lists."""
    code = ("def f(x):\n"
            "    torch.manual_seed(0)\n"
            "    model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))\n"
            "    blocks = nn.ModuleList([nn.Linear(3, 3), nn.Tanh(), nn.Linear(3, 3)])\n"
            "    for p in list(model.parameters()) + list(blocks.parameters()):\n"
            "        nn.init.constant_(p, 0.1)\n"
            "    head = model[1:]\n"
            "    tail = blocks[1:]\n"
            "    return (model[:2](x), head(model[0](x)), sorted(head.state_dict().keys()), len(tail),\n"
            "            sorted(tail.state_dict().keys()), isinstance(tail, nn.ModuleList), model[-1].out_features)\n")
    both = run_both(code, ["f2,3"])
    assert_same(both.expected, both.actual)


def test_sequential_list_methods(torch, jittor):
    """PyTorch's Sequential has insert, extend, pop, item assignment and deletion (keys renumbered
    "0", "1", ...), and append returns the Sequential; Jittor's had append only (returning None)."""
    code = ("def f(x):\n"
            "    seq = nn.Sequential(nn.Linear(3, 3), nn.ReLU())\n"
            "    chained = seq.append(nn.Linear(3, 2)) is seq\n"
            "    seq.insert(1, nn.Tanh())\n"
            "    seq.insert(-1, nn.Identity())\n"
            "    seq.extend([nn.Sigmoid()])\n"
            "    for p in seq.parameters():\n"
            "        nn.init.constant_(p, 0.2)\n"
            "    keys = [k for k, _ in seq.named_children()]\n"
            "    out = seq(x)\n"
            "    seq[0] = nn.Identity()\n"
            "    popped = seq.pop(-1)\n"
            "    del seq[1]\n"
            "    return (chained, keys, out, seq(x), len(seq), [k for k, _ in seq.named_children()],\n"
            "            sorted(seq.state_dict().keys()), isinstance(popped, nn.Sigmoid))\n")
    both = run_both(code, ["f2,3"])
    assert_same(both.expected, both.actual)


def test_module_list_from_a_generator(torch, jittor):
    """`nn.ModuleList(nn.Linear(3, 3) for _ in range(n))`, and the `modules=` keyword: Jittor's
    ModuleList took lists only (a generator raised 'Module <generator> is not callable')."""
    code = ("def f(x):\n"
            "    blocks = nn.ModuleList(nn.Linear(3, 3) for _ in range(3))\n"
            "    named = nn.ModuleList(modules=(nn.Tanh(), nn.ReLU()))\n"
            "    empty = nn.ModuleList()\n"
            "    for i, b in enumerate(blocks):\n"
            "        nn.init.constant_(b.weight, 0.1 * (i + 1))\n"
            "        nn.init.zeros_(b.bias)\n"
            "    for b in list(blocks) + list(named):\n"
            "        x = b(x)\n"
            "    return x, len(blocks), len(named), len(empty), [n for n, _ in blocks.named_parameters()]\n")
    both = run_both(code, ["f2,3"])
    assert_same(both.expected, both.actual)

"""Run-both parity tests for torch.nn.functional's in-place functions (`F.relu_(x)`): the result is
written into the input, which keeps its dtype and is what is returned."""
import pytest
from parity import assert_same, run_both

pytestmark = pytest.mark.frameworks

CASES = {
    "torch.nn.functional.relu_": ["F.relu_(x)"],
    "torch.nn.functional.selu_": ["F.selu_(x)"],
    "torch.nn.functional.celu_": ["F.celu_(x)", "F.celu_(x, 0.5)", "F.celu_(input=x, alpha=2.0)"],
    # rrelu_ evaluates (training=False: the fixed slope (lower + upper) / 2); training draws random slopes.
    "torch.nn.functional.rrelu_": ["F.rrelu_(x)", "F.rrelu_(x, 0.1, 0.3)",
                                   "F.rrelu_(x, lower=0.2, upper=0.4, training=False)"],
    "torch.nn.functional.elu_": ["F.elu_(x)", "F.elu_(x, 0.5)", "F.elu_(input=x, alpha=2.0)"],
    "torch.nn.functional.leaky_relu_": ["F.leaky_relu_(x)", "F.leaky_relu_(x, 0.2)",
                                        "F.leaky_relu_(input=x, negative_slope=0.3)"],
    "torch.nn.functional.hardtanh_": ["F.hardtanh_(x)", "F.hardtanh_(x, -0.5, 0.5)",
                                      "F.hardtanh_(input=x, max_val=0.25, min_val=-2.0)"],
    "torch.nn.functional.threshold_": ["F.threshold_(x, 0.1, 20)", "F.threshold_(x, threshold=0.0, value=-1.0)"],
}
COVERED = set(CASES)  # see test_coverage.py


@pytest.mark.parametrize("call", [c for calls in CASES.values() for c in calls])
def test_functional_in_place(jittor, call):
    code = ("import torch\nimport torch.nn.functional as F\n"
            f"def f(x):\n    y = {call}\n    return y, x, y is x\n")
    both = run_both(code, ["w3,4,5"])
    assert_same(both.expected, both.actual)

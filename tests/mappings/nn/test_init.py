"""nn.init entries: the converted Jittor call draws from the same distribution as PyTorch's.

Random draws cannot match value by value across frameworks, so each case compares statistics of
a 294,912-element weight: mean within 0.01 (absolute, or 1% of the scale) and std within 2%;
exact equality for the deterministic ones (constant_, zeros_, ones_). Run by the harness
(tests/parity.py), both frameworks seeded with 0, on a zero float32 weight.
"""
import numpy as np
import pytest
from parity import assert_same, run_both, to_numpy

pytestmark = pytest.mark.frameworks

SHAPE = (256, 128, 3, 3)  # conv weight: fan_in = 1152, fan_out = 2304

CASES = [
    ("kaiming_normal_", 'nn.init.kaiming_normal_(w, mode="fan_out", nonlinearity="relu")'),
    ("kaiming_normal_", "nn.init.kaiming_normal_(w)"),
    ("kaiming_uniform_", "nn.init.kaiming_uniform_(w, a=5 ** 0.5)"),
    ("xavier_uniform_", "nn.init.xavier_uniform_(w)"),
    ("xavier_normal_", "nn.init.xavier_normal_(w, gain=2.0)"),
    ("normal_", "nn.init.normal_(w, 0, 0.01)"),
    ("normal_", "nn.init.normal_(w, mean=1.0, std=0.5)"),
    ("uniform_", "nn.init.uniform_(w, a=-0.1, b=0.3)"),  # the seed's links example
    ("uniform_", "nn.init.uniform_(w)"),
    ("trunc_normal_", "nn.init.trunc_normal_(w, mean=0.0, std=0.01, a=-2, b=2)"),
    ("trunc_normal_", "nn.init.trunc_normal_(w, 0.5, 1.0, -1.0, 1.5)"),
    ("constant_", "nn.init.constant_(w, 0.7)"),
    ("zeros_", "nn.init.zeros_(w)"),
    ("ones_", "nn.init.ones_(w)"),
]


@pytest.mark.parametrize("key, call", CASES, ids=[c[1] for c in CASES])
def test_init_entry_same_distribution(torch, jittor, key, call):
    both = run_both(f"def init(w):\n    {call}\n    return w", [np.zeros(SHAPE, "float32")], entry="init",
                    header="import torch.nn as nn\n\n\n")
    assert isinstance(both.actual, jittor.Var)
    expected, actual = to_numpy(both.expected), to_numpy(both.actual)
    assert actual.shape == expected.shape and actual.dtype == expected.dtype
    scale = max(float(expected.std()), float(np.abs(expected).mean()), 1e-12)
    print(f"\n{call}: mean {expected.mean():+.5f} vs {actual.mean():+.5f}, std {expected.std():.5f} vs {actual.std():.5f}")
    assert abs(actual.mean() - expected.mean()) <= max(0.01 * scale, 1e-6)
    if expected.std() == 0:
        np.testing.assert_array_equal(actual, expected)
    else:
        assert actual.std() == pytest.approx(expected.std(), rel=0.02)
        assert actual.min() >= expected.min() - 0.05 * scale or key.endswith("normal_")


@pytest.mark.parametrize("shape, gain", [((64, 288), 1.0), ((300, 20), 2 ** 0.5), ((32, 8, 3, 3), 0.5)])
def test_orthogonal_same_distribution(torch, jittor, shape, gain):
    """(Semi-)orthogonal rows or columns scaled by gain, as PyTorch's; the same spread of values."""
    both = run_both(f"def init(w):\n    nn.init.orthogonal_(w, gain={gain})\n    return w", [np.zeros(shape, "float32")],
                    entry="init", header="import torch.nn as nn\n\n\n")
    assert isinstance(both.actual, jittor.Var)
    expected, actual = to_numpy(both.expected), to_numpy(both.actual)
    assert actual.shape == expected.shape and actual.dtype == expected.dtype
    for w in (expected, actual):
        flat = w.reshape(shape[0], -1).astype(np.float64)
        gram = flat @ flat.T if flat.shape[0] <= flat.shape[1] else flat.T @ flat
        np.testing.assert_allclose(gram, gain ** 2 * np.eye(len(gram)), atol=1e-4)
    assert actual.std() == pytest.approx(expected.std(), rel=0.02)
    assert not np.allclose(actual, 0)


def test_eye_dirac_and_deprecated_spellings_fill_the_same_values(torch, jittor):
    both = run_both("def init(w, c, g):\n    nn.init.eye_(w)\n    nn.init.dirac_(c)\n    nn.init.dirac_(g, groups=2)\n"
                    "    return w, c, g, nn.init.eye_(torch.empty(2, 4)), nn.init.constant(torch.empty(2, 3), 0.5),"
                    " nn.init.eye(torch.empty(3, 2)), nn.init.dirac(torch.empty(4, 2, 3, 3), 2)",
                    [np.zeros((3, 5), "float32"), np.zeros((4, 3, 3, 3), "float32"), np.zeros((4, 2, 3), "float32")],
                    entry="init")
    assert_same(both.expected, both.actual)


@pytest.mark.parametrize("call", ["normal(w, 0.5, 2.0)", "uniform(w, -1.0, 3.0)", "xavier_normal(w)",
                                  "xavier_uniform(w, gain=2.0)", "kaiming_normal(w, mode='fan_out')",
                                  "kaiming_uniform(w, a=0.1)"])
def test_deprecated_spellings_draw_as_the_in_place_functions(torch, jittor, call):
    both = run_both(f"def init(w):\n    nn.init.{call}\n    return w", [np.zeros((200, 300), "float32")],
                    entry="init")
    expected, actual = both.expected.numpy(), both.actual.numpy()
    assert actual.shape == expected.shape and actual.dtype == expected.dtype
    assert actual.mean() == pytest.approx(expected.mean(), abs=0.05 * expected.std())
    assert actual.std() == pytest.approx(expected.std(), rel=0.02)


@pytest.mark.parametrize("call", ["sparse_(w, 0.3, std=0.5)", "sparse(w, sparsity=0.25, std=0.5)", "sparse_(w, 0.0, 0.5)"])
def test_sparse_zeros_per_column_and_spread(torch, jittor, call):
    """Random draws: ceil(sparsity * rows) zeros in every column, normal(0, std) elsewhere."""
    both = run_both(f"def init(w):\n    out = nn.init.{call}\n    return w, out is w", [np.ones((400, 300), "float32")],
                    entry="init")
    (expected, e_same), (actual, a_same) = both.expected, both.actual
    assert e_same is True and a_same is True
    expected, actual = expected.numpy(), actual.numpy()
    assert actual.shape == expected.shape and actual.dtype == expected.dtype
    np.testing.assert_array_equal((actual == 0).sum(0), (expected == 0).sum(0))
    assert actual[actual != 0].std() == pytest.approx(expected[expected != 0].std(), rel=0.02)
    assert abs(actual.mean()) < 0.01


def test_calculate_gain_values(torch, jittor):
    calls = ["'relu'", "'tanh'", "'leaky_relu'", "'leaky_relu', 0.2", "'selu'", "'conv2d'", "'sigmoid'"]
    both = run_both("def gains():\n    return [" + ", ".join(f"nn.init.calculate_gain({c})" for c in calls) + "]",
                    entry="gains", header="import torch.nn as nn\n\n\n")
    assert_same(both.expected, both.actual)


COVERED = {key if key == "uniform_" else "torch.nn.init." + key for key, _ in CASES} | {
    "torch.nn.init.orthogonal_", "torch.nn.init.calculate_gain", "torch.nn.init.eye_", "torch.nn.init.dirac_",
    "torch.nn.init.sparse_"}  # see test_coverage.py

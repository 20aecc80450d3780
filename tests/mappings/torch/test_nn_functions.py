"""Run-both proofs of the entries in src/torch2jittor/mappings/torch/nn_functions.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import pytest
from parity import covered, entry_case, entry_tests

pytestmark = pytest.mark.frameworks


ENTRY_CASES = [
    entry_case("torch.selu torch.celu", "def f(x): return torch.selu(x), torch.celu(x, 0.5)", "f3,4"),
    entry_case("torch.threshold", "def f(x): return torch.threshold(x, 0.1, -2.0)", "f3,4"),
    entry_case("torch.rrelu", "def f(x): return torch.rrelu(x, 0.1, 0.3)", "f3,4"),
    entry_case("torch.dropout", "def f(x): return torch.dropout(x, 0.5, False)", "f3,4"),
    entry_case("torch.dropout", "def f(x): return torch.dropout(x, 0.0, train=True)", "f3,4", id="dropout-train-p0"),
    entry_case("torch.layer_norm", "def f(x, w, b): return torch.layer_norm(x, (4,), w, b, 1e-3, True)", "f2,3,4", "f4",
               "f4", atol=1e-4),
    entry_case("torch.group_norm", "def f(x, w, b): return torch.group_norm(x, 2, w, b)", "f2,4,3", "f4", "f4", atol=1e-4),
    entry_case("torch.rms_norm", "def f(x, w): return torch.rms_norm(x, [4], w, eps=1e-5)", "f2,3,4", "f4", atol=1e-4),
    entry_case("torch.batch_norm", "def f(x, w, b, m, v): return torch.batch_norm(x, w, b, m, v, False, 0.1, 1e-5, True)",
               "f2,3,4", "f3", "f3", "f3", "p3", atol=1e-4),
    entry_case("torch.batch_norm", "def f(x, w, b): return torch.batch_norm(x, w, b, None, None, True, 0.1, 1e-5, False)",
               "f4,3", "f3", "f3", atol=1e-4, id="batch_norm-batch-statistics"),
    entry_case("torch.instance_norm", "def f(x, w, b): return torch.instance_norm(x, w, b, None, None, True, 0.1, 1e-5, "
               "True)", "f2,3,5", "f3", "f3", atol=1e-4),
    entry_case("torch.embedding", "def f(w, i): return torch.embedding(w, i)", "f6,3", "i2,4:6"),
    entry_case("torch.constant_pad_nd", "def f(x): return torch.constant_pad_nd(x, (1, 2, 0, 1), 0.5)", "f2,3,4"),
    entry_case("torch.constant_pad_nd", "def f(x): return torch.constant_pad_nd(x, [2, 1])", "n2,3", id="constant_pad_nd-int"),
    # an integer tensor stays integer (Jittor's relu makes it float)
    entry_case("torch.relu", "def f(x): return torch.relu(x)", "n3,4", id="relu-int"),
    entry_case("torch.relu", "def f(x): return torch.relu(input=x)", "f3,4", id="relu-float"),
    # interpolation 0 bilinear, 1 nearest, 2 bicubic; padding 0 zeros, 1 border, 2 reflection
    entry_case("torch.grid_sampler", "def f(x, g): return torch.grid_sampler(x, g, 0, 2, False)", "f2,3,5,6",
               "u2,4,7,2:-1.3,1.3"),
    entry_case("torch.grid_sampler_2d", "def f(x, g): return torch.grid_sampler_2d(x, g, 2, 1, True)", "f2,3,5,6",
               "u2,4,7,2:-1.3,1.3", atol=1e-4),
    entry_case("torch.grid_sampler_3d", "def f(x, g): return torch.grid_sampler_3d(x, g, 1, 0, False)", "f1,2,3,4,5",
               "u1,2,3,4,3:-1.3,1.3"),
    entry_case("torch.affine_grid_generator", "def f(t): return torch.affine_grid_generator(t, [2, 3, 4, 5], False)",
               "f2,2,3"),
    entry_case("torch.alpha_dropout torch.feature_alpha_dropout torch.feature_dropout",
               "def f(x): return torch.alpha_dropout(x, 0.5, False), torch.feature_alpha_dropout(x, 0.2, train=False), "
               "torch.feature_dropout(x, 0.7, False)", "f2,3,4"),
    entry_case("torch.feature_dropout", "def f(x):\n    y = torch.feature_dropout(torch.ones_like(x), 0.25, True)\n"
               "    kept = (y[:, :, 0] != 0).float().mean()\n"
               "    return (torch.unique(y), (y.amin(2) == y.amax(2)).all(), (kept - 0.75).abs() < 0.02, y.shape)",
               "f200,300,3", id="feature_dropout-training"),
    entry_case("torch.alpha_dropout", "def f(x):\n    y = torch.alpha_dropout(x, 0.3, True)\n"
               "    return y.mean().abs() < 0.01, (y.std() - 1).abs() < 0.01, y.shape", "f400,500",
               id="alpha_dropout-training"),
]


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)

COVERED = covered(ENTRY_CASES)  # see tests/test_coverage.py

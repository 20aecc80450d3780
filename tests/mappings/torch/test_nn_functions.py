"""Run-both proofs of the entries in src/torch2jittor/mappings/torch/nn_functions.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import numpy as np
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
    # torch.* losses take ATen's Reduction enum: 0 none, 1 mean, 2 sum
    entry_case("torch.cosine_embedding_loss", "def f(a, b, y): return torch.cosine_embedding_loss(a, b, y, 0.2, 0), "
               "torch.cosine_embedding_loss(a, b, y)", "f4,5", "f4,5", "s4"),
    entry_case("torch.hinge_embedding_loss", "def f(x, y): return torch.hinge_embedding_loss(x, y, 0.5, 2), "
               "torch.hinge_embedding_loss(x, y)", "f4,5", "s4,5"),
    entry_case("torch.margin_ranking_loss", "def f(a, b, y): return torch.margin_ranking_loss(a, b, y, 0.1, reduction=0), "
               "torch.margin_ranking_loss(a, b, y)", "f6", "f6", "s6"),
    entry_case("torch.triplet_margin_loss", "def f(a, p, n): return torch.triplet_margin_loss(a, p, n, 0.5, 1.0, 1e-6, "
               "True, 2), torch.triplet_margin_loss(a, p, n)", "f4,6", "f4,6", "f4,6"),
    entry_case("torch.kl_div", "def f(x, y): return torch.kl_div(F.log_softmax(x, 1), y), "
               "torch.kl_div(x, y.log(), 0, log_target=True)", "f4,5", "q4,5"),
    entry_case("torch.poisson_nll_loss", "def f(x, y): return torch.poisson_nll_loss(x, y, True, False, 1e-8, 1), "
               "torch.poisson_nll_loss(x.exp(), y * 3, False, True, 1e-8, 0)", "f3,4", "p3,4"),
    entry_case("torch.binary_cross_entropy_with_logits",
               "def f(x, y, w, pw): return torch.binary_cross_entropy_with_logits(x, y, w, pw, 2), "
               "torch.binary_cross_entropy_with_logits(x, y)", "f3,4", "u3,4", "u4:0.5,2", "u4:0.5,2"),
    entry_case("torch.ctc_loss", "def f(x, t, il, tl): return torch.ctc_loss(F.log_softmax(x, 2), t, il, tl, 0, 0), "
               "torch.ctc_loss(F.log_softmax(x, 2), t, [10, 9, 8], [5, 2, 1], reduction=2)", "f10,3,6", "i3,5:1,6",
               np.array([10, 9, 8]), np.array([5, 2, 1]), atol=1e-4),
]


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)

COVERED = covered(ENTRY_CASES)  # see tests/test_coverage.py

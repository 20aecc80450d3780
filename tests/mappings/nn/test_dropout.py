"""Run-both proofs of the entries in src/torch2jittor/mappings/nn/dropout.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import numpy as np
import pytest
from parity import (D1, D2, D3, HEADER, assert_same, convert_checked, covered, entry_case, entry_tests, error_tests,
                    exec_code, helper_module, layer_case, layer_tests, make_input, random_tests, train_outputs)

pytestmark = pytest.mark.frameworks


ENTRY_CASES = [
    entry_case("F.dropout", "def f(x): return F.dropout(x, 0.5, False)", "f3,4"),
    entry_case("F.dropout", "def f(x): return F.dropout(x, p=0.2, training=False, inplace=True)", "f3,4"),
    entry_case("F.dropout", "def f(x): return F.dropout(x, p=0.0)", "f3,4", id="dropout-p0-default-training"),
    entry_case("F.dropout1d", "def f(x): return F.dropout1d(x, training=False)", "f2,3,4"),
    entry_case("F.dropout2d", "def f(x): return F.dropout2d(x, 0.5, False)", "f2,3,4,4"),
    entry_case("F.dropout3d", "def f(x): return F.dropout3d(x, training=False)", "f2,3,2,2,2"),
    # alpha dropout: identity unless training (its default is training=False)
    entry_case("F.alpha_dropout", "def f(x): return F.alpha_dropout(x, 0.5)", "f3,4"),
    entry_case("F.alpha_dropout", "def f(x): return F.alpha_dropout(x, p=0.2, training=False, inplace=True)", "f3,4",
               id="alpha_dropout-eval"),
    entry_case("F.alpha_dropout", "def f(x): return F.alpha_dropout(x, 0.0, True)", "f3,4", id="alpha_dropout-p0"),
    entry_case("F.feature_alpha_dropout", "def f(x): return F.feature_alpha_dropout(x, 0.3)", "f2,3,4"),
    entry_case("F.feature_alpha_dropout", "def f(x): return F.feature_alpha_dropout(x, p=0.3, training=False)",
               "f2,3,4,5", id="feature_alpha_dropout-eval"),
    # training: seed-independent properties of the draws. Dropped units take SELU's saturation value
    # then the affine correction: with a zero input, exactly two values, the lower one in a fraction p;
    # a standard normal input keeps mean 0 and variance 1.
    entry_case("F.alpha_dropout", "def f(x):\n    y = F.alpha_dropout(torch.zeros_like(x), 0.3, True)\n"
               "    dropped = (y == y.min()).float().mean()\n"
               "    return torch.unique(y), (dropped - 0.3).abs() < 0.01, y.shape", "f400,500",
               id="alpha_dropout-training-values"),
    entry_case("F.alpha_dropout", "def f(x):\n    y = F.alpha_dropout(x, 0.4, training=True)\n"
               "    return y.mean().abs() < 0.01, (y.std() - 1).abs() < 0.01", "f400,500",
               id="alpha_dropout-training-moments"),
    entry_case("F.feature_alpha_dropout", "def f(x):\n    y = F.feature_alpha_dropout(torch.zeros_like(x), 0.3, True)\n"
               "    dropped = (y[:, :, 0, 0] == y.min()).float().mean()\n"
               "    return (torch.unique(y), (y.amin((2, 3)) == y.amax((2, 3))).all(), (dropped - 0.3).abs() < 0.02,"
               " y.shape)", "f100,200,2,3", id="feature_alpha_dropout-training-per-channel"),
    entry_case("F.dropout F.dropout2d",
               "def f(x):\n    y, z = torch.ones_like(x), torch.ones_like(x)\n"
               "    r = F.dropout(y, 0.5, True, True)\n    s = F.dropout2d(z, p=0.25, inplace=True)\n"
               "    return torch.unique(y), torch.unique(z), r is y, s is z", "f100,200,2", id="dropout-inplace"),
    entry_case("F.alpha_dropout F.feature_alpha_dropout",
               "def f(x):\n    y, z = torch.zeros_like(x), torch.zeros_like(x)\n"
               "    r = F.alpha_dropout(y, 0.3, True, inplace=True)\n"
               "    s = F.feature_alpha_dropout(z, p=0.3, training=True, inplace=True)\n"
               "    return torch.unique(y), torch.unique(z), r is y, s is z", "f100,200,2", id="alpha_dropout-inplace"),
]


LAYER_CASES = [
    layer_case("Dropout1d", "model = nn.Dropout1d(0.3, inplace=True)", D1),
    layer_case("Dropout3d", "model = nn.Dropout3d()", D3),
    layer_case("AlphaDropout", "model = nn.AlphaDropout(p=0.2)", D2),
    layer_case("FeatureAlphaDropout", "model = nn.FeatureAlphaDropout(0.4)", D2),
    layer_case("torch.nn.Dropout", "model = nn.Dropout(0.3, inplace=True)", D2),
    layer_case("torch.nn.Dropout2d", "model = nn.Dropout2d(p=0.2)", D2),
]


RANDOM_CASES = [
    ("torch.nn.functional.dropout", "def f(x): return F.dropout(x)", "dropout0.5"),
    ("torch.nn.functional.dropout", "def f(x): return F.dropout(x, 0.3, True)", "dropout0.3"),
    ("torch.nn.functional.dropout2d", "def f(x): return F.dropout2d(x.reshape(100, 100, 2, 5), p=0.3)",
     "channel_dropout0.3"),
    # PyTorch's dropout2d takes a 3-D input as (N, C, L) and a 2-D one as (N, C): a mask per channel
    ("torch.nn.functional.dropout2d", "def f(x): return F.dropout2d(x.reshape(100, 100, 10), p=0.3)",
     "channel_dropout0.3"),
    ("torch.nn.functional.dropout2d", "def f(x): return F.dropout2d(x.reshape(1000, 100), p=0.3)",
     "channel_dropout0.3"),
    ("torch.nn.Dropout2d", "def f(x): return torch.nn.Dropout2d(0.3)(x.reshape(1000, 100))", "channel_dropout0.3"),
    ("torch.nn.Dropout2d", "def f(x): return torch.nn.Dropout2d(0.4)(x.reshape(100, 100, 10))", "channel_dropout0.4"),
    ("torch.nn.Dropout2d", "def f(x): return torch.nn.Dropout2d(0.2)(x.reshape(100, 100, 2, 5))", "channel_dropout0.2"),
    ("torch.nn.functional.dropout1d", "def f(x): return F.dropout1d(x.reshape(100, 100, 10), 0.4)",
     "channel_dropout0.4"),
    ("torch.nn.functional.dropout3d", "def f(x): return F.dropout3d(x.reshape(100, 100, 1, 2, 5), p=0.2)",
     "channel_dropout0.2"),
]


# call shapes that cannot be compared (strict xfail: each fails as stated)
_DROPOUT = "without its arguments F.{} trains (training=True, p=0.5): a random mask in each framework"
BROKEN_CALL_SHAPES = {
    "dropout-1-defaults-omitted": _DROPOUT.format("dropout"),
    "dropout-2-defaults-omitted": _DROPOUT.format("dropout"),
    "dropout-p0-default-training-defaults-omitted": _DROPOUT.format("dropout"),
    "dropout1d-defaults-omitted": _DROPOUT.format("dropout1d"),
    "dropout2d-defaults-omitted": _DROPOUT.format("dropout2d"),
    "dropout3d-defaults-omitted": _DROPOUT.format("dropout3d"),
}

INVALID_ARGUMENTS = [
    ("def f(x): return F.alpha_dropout(x, 1.5, True)", ("f3,4",)),
    ("def f(x): return F.feature_alpha_dropout(x, 0.5, True)", ("f4",)),
]


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES, broken=BROKEN_CALL_SHAPES)
test_layer_entry, test_layer_call_shape = layer_tests(LAYER_CASES)
test_random_entry = random_tests(RANDOM_CASES)
test_invalid_arguments_raise_as_in_pytorch = error_tests(INVALID_ARGUMENTS)

# --- inside a module: F.dropout(x, p, self.training) follows train()/eval() ----------------------------
MODULE_SOURCE = HEADER + """


class Net(nn.Module):
    def __init__(self):
        super().__init__()

    def forward(self, x):
        x = F.dropout(x, 0.5, self.training)
        x = F.interpolate(x, scale_factor=2, mode='bilinear', align_corners=False)
        x = F.max_pool1d(F.gelu(x).flatten(2), 3, 2)
        return F.adaptive_avg_pool1d(x, 5)


model = Net()
"""


def test_functional_calls_in_a_module_follow_train_and_eval(torch, jittor):
    pt_model = exec_code(MODULE_SOURCE, "case_pt.py")["model"]
    jt_model = exec_code(convert_checked(MODULE_SOURCE), "case_jt.py")["model"]
    x = make_input("f2,3,6,6", 0)
    pt_model.eval()
    jt_model.eval()
    with torch.no_grad():
        expected = pt_model(torch.from_numpy(x.copy()))
    assert_same(expected, jt_model(jittor.array(x)), 1e-5, 1e-5)
    # training: F.dropout's training=self.training now drops (about half of) the input
    jt_model.train()
    ones = np.ones((2, 3, 60, 60), dtype="float32")
    dropped = helper_module().dropout(jittor.array(ones), 0.5, jt_model.training).numpy()
    assert abs((dropped == 0).mean() - 0.5) < 0.02
    assert not np.allclose(jt_model(jittor.array(x)).numpy(), expected.numpy())


@pytest.mark.parametrize("code, shape", [
    ("model = nn.Dropout1d(0.5)", (8, 16, 6)),
    ("model = nn.Dropout1d(p=0.5)", (16, 6)),
    ("model = nn.Dropout3d(0.5)", (4, 16, 2, 3, 2)),
])
def test_feature_dropout_training(torch, jittor, code, shape):
    x = np.ones(shape, dtype="float32")
    for out in train_outputs(code, x):
        assert set(np.unique(out)) == {0.0, 2.0}
        lead = 1 if len(shape) == 2 else 2  # whole channels are zeroed or kept and scaled by 1/(1-p)
        per_channel = out.reshape(shape[:lead] + (-1,))
        assert (per_channel.min(-1) == per_channel.max(-1)).all()


@pytest.mark.parametrize("code, shape, per_channel", [
    ("model = nn.AlphaDropout(0.3)", (64, 50), False),
    ("model = nn.FeatureAlphaDropout(p=0.3)", (16, 32, 5, 5), True),
])
def test_alpha_dropout_training(torch, jittor, code, shape, per_channel):
    x = np.zeros(shape, dtype="float32")
    pt, jt = train_outputs(code, x)
    np.testing.assert_allclose(np.unique(jt), np.unique(pt), rtol=1e-6)  # the kept and the dropped value
    assert len(np.unique(jt)) == 2
    if per_channel:
        flat = jt.reshape(shape[:2] + (-1,))
        assert (flat.min(-1) == flat.max(-1)).all()


COVERED = covered(ENTRY_CASES, LAYER_CASES, RANDOM_CASES)  # see tests/test_coverage.py

"""Run-both proofs of the entries in src/torch2jittor/mappings/nn/batchnorm.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import pytest
from parity import D1, D2, D3, Fl, assert_same, covered, entry_case, entry_tests, layer_case, layer_tests, lazy_tests, run_both

pytestmark = pytest.mark.frameworks


ENTRY_CASES = [
    entry_case("F.batch_norm", "def f(x, m, v, w, b): return F.batch_norm(x, m, v, w, b)", "f2,3,4,4", "f3", "p3", "f3",
               "f3", atol=1e-5),
    entry_case("F.batch_norm", "def f(x, m, v): return F.batch_norm(x, m, v, eps=1e-3)", "f4,3", "f3", "p3"),
    entry_case("F.batch_norm",
               "def f(x, m, v, w, b):\n    y = F.batch_norm(x, m, v, w, b, training=True, momentum=0.2)\n    return y, m, v",
               "f2,3,4,4", "f3", "p3", "f3", "f3", id="batch_norm-training-updates-running-stats"),
]


LAYER_CASES = [
    layer_case("BatchNorm3d", "model = nn.BatchNorm3d(3, eps=1e-3, momentum=0.2)", D3),
    layer_case("BatchNorm3d", "model = nn.BatchNorm3d(3, momentum=0.3)", D3, train=True, id="BatchNorm3d-train"),
    layer_case("BatchNorm3d", "model = nn.BatchNorm3d(3, momentum=None, affine=False)", D3, train=True,
               id="BatchNorm3d-cumulative"),
    layer_case("BatchNorm3d", "model = nn.BatchNorm3d(3, track_running_stats=False)", D3, id="BatchNorm3d-no-stats"),
    layer_case("BatchNorm3d", "model = nn.BatchNorm3d(3, 1e-5, 0.1, True, True, None, None, bias=False)", D3,
               id="BatchNorm3d-no-bias"),
    layer_case("SyncBatchNorm", "model = nn.SyncBatchNorm(3)", D2),
    # BatchNorm1d/2d: Jittor's own BatchNorm updates running_var with the biased variance (helper fixes it)
    layer_case("BatchNorm2d", "model = nn.BatchNorm2d(3, momentum=0.3)", D2, train=True, id="BatchNorm2d-train"),
    layer_case("BatchNorm2d", "model = nn.BatchNorm2d(3, momentum=None, affine=False)", D2, train=True,
               id="BatchNorm2d-cumulative"),
    layer_case("BatchNorm2d", "model = nn.BatchNorm2d(3, track_running_stats=False)", D2, id="BatchNorm2d-no-stats"),
    layer_case("BatchNorm1d", "model = nn.BatchNorm1d(3)", D1, train=True, id="BatchNorm1d-train-3d"),
    layer_case("BatchNorm1d", "model = nn.BatchNorm1d(3, momentum=0.5)", (Fl(6, 3),), train=True, id="BatchNorm1d-train-2d"),
    layer_case("SyncBatchNorm", "model = nn.SyncBatchNorm(3, momentum=0.5, process_group=None)", D1, train=True,
               id="SyncBatchNorm-train"),
    layer_case("torch.nn.SyncBatchNorm.convert_sync_batchnorm",
               "model = nn.SyncBatchNorm.convert_sync_batchnorm(nn.Sequential(nn.Conv3d(3, 4, 1), nn.BatchNorm3d(4)))", D3,
               train=True),
    layer_case("torch.nn.BatchNorm2d", "model = nn.BatchNorm2d(3, eps=1e-3, momentum=0.01)", D2),
    layer_case("torch.nn.BatchNorm1d", "model = nn.BatchNorm1d(8)", (Fl(4, 8),)),
]


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)
test_layer_entry, test_layer_call_shape = layer_tests(LAYER_CASES)

LAZY_CASES = [
    ("torch.nn.LazyBatchNorm1d", "model = nn.LazyBatchNorm1d()", ["f8,5"]),
    ("torch.nn.LazyBatchNorm1d", "model = nn.LazyBatchNorm1d(momentum=0.3, affine=False)", ["f4,3,6"]),
    ("torch.nn.LazyBatchNorm2d", "model = nn.LazyBatchNorm2d(eps=1e-3)", ["f4,3,5,5"]),
    ("torch.nn.LazyBatchNorm3d", "model = nn.LazyBatchNorm3d(track_running_stats=False)", ["f2,3,2,4,3"]),
    ("torch.nn.LazyBatchNorm3d", "model = nn.LazyBatchNorm3d(bias=False)", ["f2,3,2,4,3"]),
]
test_lazy_layer = lazy_tests(LAZY_CASES)

COVERED = covered(ENTRY_CASES, LAYER_CASES, LAZY_CASES)  # see tests/test_coverage.py


@pytest.mark.parametrize("layer, shape", [("BatchNorm2d", "f64,16,32,32"), ("BatchNorm1d", "f256,8,128"),
                                          ("BatchNorm3d", "f16,4,16,16,16")])
def test_batch_statistics_at_pytorch_precision(torch, jittor, layer, shape):
    """Training statistics over 65,536 values a channel, offset from zero as activations often are:
    a one-pass float32 sum (Jittor's reduction) is off by ~1e-5 relative, PyTorch's by ~3e-7, and
    over training steps such differences grow (a CIFAR ResNet's losses parted by 1.4e-3)."""
    code = (f"def f(x):\n    model = nn.{layer}(x.shape[1])\n    x = x * 0.5 + 3.0\n    y = model(x)\n"
            "    return y, model.running_mean, model.running_var")
    both = run_both(code, [shape], train=True)
    # before: the output off by 6e-05, running_mean by 7.9e-06 relative
    assert_same(both.expected[0], both.actual[0], atol=1e-5, rtol=0, where="output")
    assert_same(both.expected[1], both.actual[1], atol=0, rtol=2e-6, where="running_mean")
    assert_same(both.expected[2], both.actual[2], atol=0, rtol=2e-6, where="running_var")


@pytest.mark.parametrize("layer", ["BatchNorm1d(3)", "BatchNorm2d(3, momentum=None)", "BatchNorm3d(3)",
                                   "BatchNorm2d(3, track_running_stats=False)", "InstanceNorm2d(3, track_running_stats=True)"])
def test_num_batches_tracked_is_readable(torch, jittor, layer):
    """PyTorch's num_batches_tracked buffer: an int64 count of training batches (None without running stats)."""
    code = (f"def f(x):\n"
            f"    bn = nn.{layer}\n"
            f"    before = bn.num_batches_tracked\n"
            f"    before = None if before is None else before.clone()\n"
            f"    x = x.reshape(2, 3, -1) if '1d' in {layer!r} else x\n"
            f"    x = x.reshape(2, 3, 2, 2, -1) if '3d' in {layer!r} else x\n"
            f"    bn(x)\n"
            f"    bn(x * 2)\n"
            f"    bn.eval()\n"
            f"    bn(x)\n"
            f"    return before, bn.num_batches_tracked\n")
    both = run_both(code, ["f2,3,4,4"])
    assert_same(both.expected, both.actual)


@pytest.mark.parametrize("layer", ["BatchNorm1d(3, affine=False)", "BatchNorm2d(3, affine=False)",
                                   "BatchNorm3d(3, affine=False)",
                                   "BatchNorm2d(3, affine=False, track_running_stats=False)"])
def test_affine_false_has_no_weight(torch, jittor, layer):
    """affine=False: weight and bias are None and no parameters (Jittor's BatchNorm held the numbers
    1.0 and 0.0), in training and evaluation alike."""
    code = (f"def f(x):\n"
            f"    bn = nn.{layer}\n"
            f"    x = x.reshape(2, 3, -1) if '1d' in {layer!r} else x\n"
            f"    x = x.reshape(2, 3, 2, 2, -1) if '3d' in {layer!r} else x\n"
            f"    train_out = bn(x)\n"
            f"    bn.eval()\n"
            f"    return (bn.weight is None, bn.bias is None, len(list(bn.parameters())), train_out, bn(x),\n"
            f"            sorted(bn.state_dict().keys()))\n")
    both = run_both(code, ["f2,3,4,4"])
    assert_same(both.expected, both.actual)


@pytest.mark.parametrize("layer", ["BatchNorm1d(3)", "BatchNorm2d(3, momentum=None)", "BatchNorm3d(3)"])
def test_reset_running_stats_zeroes_the_batch_count(torch, jittor, layer):
    """reset_running_stats() (and reset_parameters()) set num_batches_tracked back to 0 as PyTorch
    does: BatchNorm1d/2d kept counting, so momentum=None averaged the next batch with a stale count;
    BatchNorm3d had no reset_parameters. The count is 0-dim, as PyTorch's buffer (dim() was 1)."""
    code = (f"def f(x):\n"
            f"    bn = nn.{layer}\n"
            f"    x = x.reshape(2, 3, -1) if '1d' in {layer!r} else x\n"
            f"    x = x.reshape(2, 3, 2, 2, -1) if '3d' in {layer!r} else x\n"
            f"    bn(x)\n"
            f"    bn(x * 2)\n"
            f"    bn.reset_running_stats()\n"
            f"    after_reset = (bn.num_batches_tracked.clone(), bn.running_mean.clone(), bn.running_var.clone())\n"
            f"    bn(x + 1)\n"
            f"    bn.reset_parameters()\n"
            f"    bn(x * 3)\n"
            f"    dims = bn.num_batches_tracked.dim(), bn.state_dict()['num_batches_tracked'].dim()\n"
            f"    return after_reset, bn.num_batches_tracked, bn.running_mean, bn.running_var, dims\n")
    both = run_both(code, ["f2,3,4,4"])
    assert_same(both.expected, both.actual)

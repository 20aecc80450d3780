"""Run-both parity tests for the torch.nn.functional and torch.* function entries.

Each case is PyTorch source defining `f(*inputs)` with its inputs in the harness's input spec
(tests/parity.py); it runs under PyTorch and, converted, under Jittor on the same numpy inputs
(same dtypes: int64 stays int64 on both sides), compared by the harness's assert_same. Each case
also runs in PaConvert's call shapes of its entry (see test_entry_call_shape).
"""
import inspect

import numpy as np
import pytest
from parity import (HEADER, assert_converts, assert_same, assert_same_error, check_call_shape, convert_checked,
                    exec_code, helper_module, make_input, run_both, shape_cases)

from torch2jittor import convert_source
from torch2jittor import pjmap
from torch2jittor.mapping import make_entry

pytestmark = pytest.mark.frameworks


@pytest.fixture(scope="module")
def helpers(jittor):
    return helper_module()


def _full(key):
    if key.startswith("F."):
        return "torch.nn.functional." + key[2:]
    return key


_IDS: dict = {}


def case(covers, code, *inputs, atol=1e-5, rtol=1e-5, id=None):
    keys = [_full(k) for k in covers.split()]
    base = id or keys[0].rsplit(".", 1)[-1]
    _IDS[base] = _IDS.get(base, 0) + 1
    return pytest.param(keys, code, inputs or ("f2,3,4,5",), atol, rtol, id=f"{base}-{_IDS[base]}")


# --- cases: torch.nn.functional ---------------------------------------------------------------------
ACTIVATION_CASES = [
    case("F.gelu", "def f(x): return F.gelu(x)", "w3,4,5"),
    case("F.gelu", "def f(x): return F.gelu(x, approximate='tanh')", "w3,4,5"),
    case("F.silu", "def f(x): return F.silu(x)", "w3,4,5"),
    case("F.silu", "def f(x): return F.silu(x, inplace=True)", "w3,4,5"),
    case("F.mish", "def f(x): return F.mish(x)", "w3,4,5"),
    case("F.hardswish", "def f(x): return F.hardswish(x)", "w3,4,5"),
    case("F.hardswish", "def f(x): return F.hardswish(x, True)", "w3,4,5"),
    case("F.hardsigmoid", "def f(x): return F.hardsigmoid(x, inplace=False)", "w3,4,5"),
    case("F.hardtanh", "def f(x): return F.hardtanh(x)", "w3,4,5"),
    case("F.hardtanh", "def f(x): return F.hardtanh(x, -2.0, 0.5)", "w3,4,5"),
    case("F.hardtanh", "def f(x): return F.hardtanh(x, max_val=2.0, min_val=0.0, inplace=True)", "w3,4,5"),
    case("F.relu6", "def f(x): return F.relu6(x * 3, inplace=True)", "w3,4,5"),
    case("F.elu", "def f(x): return F.elu(x)", "w3,4,5"),
    case("F.elu", "def f(x): return F.elu(x, 0.5, True)", "w3,4,5"),
    case("F.selu", "def f(x): return F.selu(x)", "w3,4,5"),
    case("F.celu", "def f(x): return F.celu(x, alpha=2.0)", "w3,4,5"),
    case("F.leaky_relu", "def f(x): return F.leaky_relu(x)", "w3,4,5"),
    case("F.leaky_relu", "def f(x): return F.leaky_relu(x, 0.2, inplace=True)", "w3,4,5"),
    case("F.leaky_relu", "def f(x): return F.leaky_relu(x, negative_slope=0.3)", "w3,4,5"),
    case("F.softplus", "def f(x): return F.softplus(x)", "w3,4,5"),
    case("F.softplus", "def f(x): return F.softplus(x, 2, 5)", "w3,4,5"),
    case("F.softplus", "def f(x): return F.softplus(x, beta=0.5, threshold=3)", "w3,4,5"),
    case("F.log_softmax", "def f(x): return F.log_softmax(x, dim=1)", "w3,4,5"),
    case("F.log_softmax", "def f(x): return F.log_softmax(x, -1, dtype=torch.float64)", "w3,4,5"),
    case("F.log_softmax", "def f(x): return F.log_softmax(x)", "w3,4,5", id="log_softmax-implicit-dim-3d"),
    case("F.log_softmax", "def f(x): return F.log_softmax(x)", "w3,4", id="log_softmax-implicit-dim-2d"),
    case("F.softmin", "def f(x): return F.softmin(x, 1)", "w3,4,5"),
    case("F.softmin", "def f(x): return F.softmin(x, dim=0, dtype=torch.float64)", "w3,4,5"),
    case("F.softsign", "def f(x): return F.softsign(x)", "w3,4,5"),
    case("F.softshrink", "def f(x): return F.softshrink(x)", "w3,4,5"),
    case("F.softshrink", "def f(x): return F.softshrink(x, 1.5)", "w3,4,5"),
    case("F.hardshrink", "def f(x): return F.hardshrink(x, lambd=1.5)", "w3,4,5"),
    case("F.tanhshrink", "def f(x): return F.tanhshrink(x)", "w3,4,5"),
    case("F.threshold", "def f(x): return F.threshold(x, 0.5, -2.0)", "w3,4,5"),
    case("F.threshold", "def f(x): return F.threshold(x, threshold=1.0, value=0.0, inplace=True)", "w3,4,5"),
    case("F.logsigmoid", "def f(x): return F.logsigmoid(x * 40)", "w3,4,5"),
    case("F.glu", "def f(x): return F.glu(x)", "w3,4,6"),
    case("F.glu", "def f(x): return F.glu(x, dim=1)", "w3,4,6"),
    case("F.prelu", "def f(x, w): return F.prelu(x, w)", "w2,3,4,4", "f3"),
    case("F.prelu", "def f(x, w): return F.prelu(x, w)", "w2,3,4", "f1", id="prelu-shared"),
    case("F.rrelu", "def f(x): return F.rrelu(x)", "w3,4,5"),
    case("F.rrelu", "def f(x): return F.rrelu(x, 0.1, 0.3, False)", "w3,4,5"),
    case("F.sigmoid", "def f(x): return F.sigmoid(x)", "w3,4,5"),
    case("F.sigmoid F.tanh", "def f(x): return F.sigmoid(x), F.tanh(input=x)", "n3,4", id="sigmoid-tanh-int"),
    case("F.tanh", "def f(x): return F.tanh(x)", "w3,4,5"),
]

LAYER_CASES = [
    case("F.linear", "def f(x, w, b): return F.linear(x, w, b)", "f4,5", "f3,5", "f3"),
    case("F.linear", "def f(x, w): return F.linear(x, w)", "f2,4,5", "f3,5"),
    case("F.linear", "def f(x, w, b): return F.linear(input=x, weight=w, bias=b)", "f4,5", "f3,5", "f3"),
    case("F.bilinear", "def f(x, y, w, b): return F.bilinear(x, y, w, b)", "f4,3", "f4,5", "f2,3,5", "f2"),
    case("F.bilinear", "def f(x, y, w): return F.bilinear(x, y, w)", "f2,4,3", "f2,4,5", "f2,3,5"),
    case("F.conv1d", "def f(x, w, b): return F.conv1d(x, w, b)", "f2,4,9", "f6,4,3", "f6", atol=1e-4),
    case("F.conv1d", "def f(x, w): return F.conv1d(x, w, None, 2, 1, 2, 2)", "f2,4,11", "f6,2,3", atol=1e-4),
    case("F.conv1d", "def f(x, w): return F.conv1d(x, w, padding='same', dilation=2)", "f2,4,9", "f3,4,4",
         atol=1e-4),
    case("F.conv2d", "def f(x, w, b): return F.conv2d(x, w, b, stride=2, padding=1)", "f2,4,9,9", "f6,4,3,3", "f6",
         atol=1e-4),
    case("F.conv2d", "def f(x, w): return F.conv2d(x, w, None, (1, 2), (2, 0), 2, 2)", "f2,4,9,9", "f6,2,3,3",
         atol=1e-4),
    case("F.conv2d", "def f(x, w): return F.conv2d(x, w, padding='same')", "f2,4,7,7", "f3,4,4,3", atol=1e-4),
    case("F.conv2d", "def f(x, w): return F.conv2d(x, w, padding='valid')", "f2,4,7,7", "f3,4,3,3", atol=1e-4),
    case("F.conv2d", "def f(x, w): return F.conv2d(x, w, groups=4)", "f4,7,7", "f4,1,3,3", atol=1e-4,
         id="conv2d-unbatched-depthwise"),
    case("F.conv3d", "def f(x, w, b): return F.conv3d(x, w, b, padding=1)", "f1,2,5,5,5", "f3,2,3,3,3", "f3",
         atol=1e-4),
    case("F.conv3d", "def f(x, w): return F.conv3d(x, w, stride=2)", "f1,2,6,6,6", "f3,2,2,2,2", atol=1e-4),
    case("F.conv_transpose1d", "def f(x, w, b): return F.conv_transpose1d(x, w, b, stride=2, padding=1)",
         "f2,4,6", "f4,3,3", "f3", atol=1e-4),
    case("F.conv_transpose2d", "def f(x, w, b): return F.conv_transpose2d(x, w, b, 2, 1, 1)", "f1,4,5,5",
         "f4,3,3,3", "f3", atol=1e-4),
    case("F.conv_transpose2d", "def f(x, w): return F.conv_transpose2d(x, w, groups=2, dilation=2)", "f1,4,5,5",
         "f4,2,3,3", atol=1e-4),
    case("F.conv_transpose3d", "def f(x, w): return F.conv_transpose3d(x, w, stride=2)", "f1,2,3,3,3",
         "f2,3,2,2,2", atol=1e-4),
    case("F.batch_norm", "def f(x, m, v, w, b): return F.batch_norm(x, m, v, w, b)", "f2,3,4,4", "f3", "p3", "f3",
         "f3", atol=1e-5),
    case("F.batch_norm", "def f(x, m, v): return F.batch_norm(x, m, v, eps=1e-3)", "f4,3", "f3", "p3"),
    case("F.batch_norm",
         "def f(x, m, v, w, b):\n    y = F.batch_norm(x, m, v, w, b, training=True, momentum=0.2)\n    return y, m, v",
         "f2,3,4,4", "f3", "p3", "f3", "f3", id="batch_norm-training-updates-running-stats"),
    case("F.layer_norm", "def f(x): return F.layer_norm(x, (5,))", "f2,3,4,5"),
    case("F.layer_norm", "def f(x, w, b): return F.layer_norm(x, x.shape[-2:], w, b, 1e-3)", "f2,3,4,5", "f4,5",
         "f4,5"),
    case("F.group_norm", "def f(x, w, b): return F.group_norm(x, 2, w, b)", "f2,4,3,3", "f4", "f4"),
    case("F.group_norm", "def f(x): return F.group_norm(x, 3, eps=1e-3)", "f2,6,5"),
    case("F.instance_norm", "def f(x): return F.instance_norm(x)", "f2,3,4,4"),
    case("F.instance_norm", "def f(x, w, b): return F.instance_norm(x, weight=w, bias=b, eps=1e-3)", "f2,3,5",
         "f3", "f3"),
    case("F.rms_norm", "def f(x, w): return F.rms_norm(x, (5,), w)", "f2,3,5", "f5"),
    case("F.rms_norm", "def f(x): return F.rms_norm(x, [4, 5], eps=1e-3)", "f2,3,4,5"),
    case("F.local_response_norm", "def f(x): return F.local_response_norm(x, 3)", "f2,5,4,4"),
    case("F.local_response_norm", "def f(x): return F.local_response_norm(x, 2, alpha=0.1, beta=0.5, k=2.0)",
         "f2,5,6"),
    case("F.normalize", "def f(x): return F.normalize(x)", "f3,4,5"),
    case("F.normalize", "def f(x): return F.normalize(x, p=1, dim=-1)", "f3,4,5"),
    case("F.normalize", "def f(x): return F.normalize(x, 3.0, 0, 1e-6)", "f3,4,5"),
    case("F.dropout", "def f(x): return F.dropout(x, 0.5, False)", "f3,4"),
    case("F.dropout", "def f(x): return F.dropout(x, p=0.2, training=False, inplace=True)", "f3,4"),
    case("F.dropout", "def f(x): return F.dropout(x, p=0.0)", "f3,4", id="dropout-p0-default-training"),
    case("F.dropout1d", "def f(x): return F.dropout1d(x, training=False)", "f2,3,4"),
    case("F.dropout2d", "def f(x): return F.dropout2d(x, 0.5, False)", "f2,3,4,4"),
    case("F.dropout3d", "def f(x): return F.dropout3d(x, training=False)", "f2,3,2,2,2"),
]

POOL_CASES = [
    case("F.max_pool1d", "def f(x): return F.max_pool1d(x, 3)", "f2,3,11"),
    case("F.max_pool1d", "def f(x): return F.max_pool1d(x, 3, 2, 1)", "f2,3,11"),
    case("F.max_pool1d", "def f(x): return F.max_pool1d(x, 3, stride=2, ceil_mode=True, dilation=2)", "f2,3,12"),
    case("F.max_pool1d", "def f(x): return F.max_pool1d(x, 2, return_indices=False)", "f2,3,8"),
    case("F.max_pool3d", "def f(x): return F.max_pool3d(x, 2)", "f1,2,6,6,6"),
    case("F.max_pool3d", "def f(x): return F.max_pool3d(x, (3, 2, 3), stride=2, padding=1)", "f1,2,7,6,7"),
    case("F.max_pool3d", "def f(x): return F.max_pool3d(x, 3, 2, 0, 1, True)", "f1,2,8,8,8"),
    case("F.avg_pool1d", "def f(x): return F.avg_pool1d(x, 3)", "f2,3,11"),
    case("F.avg_pool1d", "def f(x): return F.avg_pool1d(x, 3, 2, 1)", "f2,3,11"),
    case("F.avg_pool1d", "def f(x): return F.avg_pool1d(x, 3, 2, 1, count_include_pad=False)", "f2,3,11"),
    case("F.avg_pool1d", "def f(x): return F.avg_pool1d(x, 4, 3, 1, True, False)", "f2,3,12"),
    case("F.avg_pool1d", "def f(x): return F.avg_pool1d(x, 4, 3, 1, ceil_mode=True)", "f2,3,12"),
    case("F.avg_pool3d", "def f(x): return F.avg_pool3d(x, 2)", "f1,2,6,6,6"),
    case("F.avg_pool3d", "def f(x): return F.avg_pool3d(x, 3, 2, 1, count_include_pad=False)", "f1,2,7,6,7"),
    case("F.avg_pool3d", "def f(x): return F.avg_pool3d(x, (2, 3, 2), divisor_override=5)", "f1,2,6,6,6"),
    case("F.avg_pool3d", "def f(x): return F.avg_pool3d(x, 3, 2, 1, ceil_mode=True)", "f1,2,8,7,8"),
    case("F.lp_pool1d", "def f(x): return F.lp_pool1d(x, 2, 3)", "f2,3,10"),
    case("F.lp_pool1d", "def f(x): return F.lp_pool1d(x, 3.0, 2, stride=1)", "p2,3,10", atol=1e-4, rtol=1e-4),
    case("F.lp_pool2d", "def f(x): return F.lp_pool2d(x, 2, 2)", "f2,3,6,6"),
    case("F.lp_pool2d", "def f(x): return F.lp_pool2d(x, 1, (3, 2), stride=2, ceil_mode=True)", "p2,3,7,7"),
    case("F.adaptive_avg_pool1d", "def f(x): return F.adaptive_avg_pool1d(x, 4)", "f2,3,11"),
    case("F.adaptive_avg_pool1d", "def f(x): return F.adaptive_avg_pool1d(x, output_size=1)", "f2,3,11"),
    case("F.adaptive_avg_pool2d", "def f(x): return F.adaptive_avg_pool2d(x, (3, 5))", "f2,3,8,7"),
    case("F.adaptive_avg_pool2d", "def f(x): return F.adaptive_avg_pool2d(x, 1)", "f2,3,8,7"),
    case("F.adaptive_avg_pool2d", "def f(x): return F.adaptive_avg_pool2d(x, (None, 3))", "f2,3,8,7"),
    case("F.adaptive_avg_pool3d", "def f(x): return F.adaptive_avg_pool3d(x, (2, 3, 4))", "f1,2,5,7,6"),
    case("F.adaptive_max_pool1d", "def f(x): return F.adaptive_max_pool1d(x, 4)", "f2,3,11"),
    case("F.adaptive_max_pool2d", "def f(x): return F.adaptive_max_pool2d(x, (3, 5))", "f2,3,8,7"),
    case("F.adaptive_max_pool2d", "def f(x): return F.adaptive_max_pool2d(x, 1, return_indices=False)", "f2,3,8,7"),
    case("F.adaptive_max_pool3d", "def f(x): return F.adaptive_max_pool3d(x, 2)", "f1,2,5,7,6"),
]

RESAMPLE_CASES = [
    case("F.interpolate", "def f(x): return F.interpolate(x, scale_factor=2)", "f1,2,5,7"),
    case("F.interpolate", "def f(x): return F.interpolate(x, size=(8, 11))", "f1,2,5,7"),
    case("F.interpolate", "def f(x): return F.interpolate(x, scale_factor=1.5)", "f1,2,5,7"),
    case("F.interpolate", "def f(x): return F.interpolate(x, scale_factor=(0.5, 3))", "f1,2,6,5"),
    case("F.interpolate", "def f(x): return F.interpolate(x, size=(9, 4), mode='nearest-exact')", "f1,2,5,7"),
    case("F.interpolate", "def f(x): return F.interpolate(x, scale_factor=2, mode='bilinear')", "f1,2,5,7"),
    case("F.interpolate", "def f(x): return F.interpolate(x, scale_factor=2, mode='bilinear', align_corners=False)",
         "f1,2,5,7"),
    case("F.interpolate", "def f(x): return F.interpolate(x, (9, 13), mode='bilinear', align_corners=True)",
         "f1,2,5,7"),
    case("F.interpolate", "def f(x): return F.interpolate(x, size=(3, 4), mode='bilinear')", "f1,2,8,7"),
    case("F.interpolate", "def f(x): return F.interpolate(x, scale_factor=0.6, mode='bilinear')", "f1,2,8,7"),
    case("F.interpolate",
         "def f(x): return F.interpolate(x, scale_factor=1.7, mode='bilinear', recompute_scale_factor=True)",
         "f1,2,5,7"),
    case("F.interpolate", "def f(x): return F.interpolate(x, size=(5, 7), mode='bilinear')", "f1,2,5,7",
         id="interpolate-same-size"),
    case("F.interpolate", "def f(x): return F.interpolate(x, size=(10, 9), mode='bicubic')", "f1,2,5,7",
         atol=1e-4),
    case("F.interpolate", "def f(x): return F.interpolate(x, scale_factor=2, mode='bicubic', align_corners=True)",
         "f1,2,5,7", atol=1e-4),
    case("F.interpolate", "def f(x): return F.interpolate(x, size=(3, 4), mode='bicubic')", "f1,2,8,7", atol=1e-4),
    case("F.interpolate", "def f(x): return F.interpolate(x, scale_factor=2.5, mode='linear')", "f2,3,7"),
    case("F.interpolate", "def f(x): return F.interpolate(x, size=4, mode='linear', align_corners=True)", "f2,3,7"),
    case("F.interpolate", "def f(x): return F.interpolate(x, size=10)", "f2,3,7", id="interpolate-nearest-1d"),
    case("F.interpolate", "def f(x): return F.interpolate(x, scale_factor=2, mode='trilinear')", "f1,2,3,4,5"),
    case("F.interpolate", "def f(x): return F.interpolate(x, size=(2, 3, 4), mode='nearest')", "f1,2,3,4,5"),
    case("F.interpolate", "def f(x): return F.interpolate(x, size=(3, 4), mode='area')", "f1,2,8,7"),
    case("F.interpolate", "def f(x): return F.interpolate(x, (8, 11), None, 'bilinear', False)", "f1,2,5,7",
         id="interpolate-positional"),
    case("F.interpolate", "def f(x): return F.interpolate(x, size=(8, 11), antialias=False)", "f1,2,5,7"),
    case("F.interpolate", "def f(x): return F.interpolate(x, 6, mode='bilinear', align_corners=True)", "f1,2,5,7"),
    case("F.interpolate", "def f(x): return F.interpolate(input=x, size=[7, 3], mode='nearest')", "f1,2,5,7"),
    case("F.upsample", "def f(x): return F.upsample(x, scale_factor=2, mode='bilinear')", "f1,2,5,7"),
    case("F.upsample", "def f(x): return F.upsample(x, (6, 9))", "f1,2,5,7"),
    case("F.upsample_nearest", "def f(x): return F.upsample_nearest(x, scale_factor=3)", "f1,2,5,7"),
    case("F.upsample_bilinear", "def f(x): return F.upsample_bilinear(x, size=(9, 8))", "f1,2,5,7"),
    case("F.pad", "def f(x): return F.pad(x, (1, 2))", "f2,3,4,5"),
    case("F.pad", "def f(x): return F.pad(x, (1, 1, 2, 0), value=0.5)", "f2,3,4,5"),
    case("F.pad", "def f(x): return F.pad(x, [1, 0, 0, 2, 1, 1], 'constant', -1.0)", "f2,3,4,5"),
    case("F.pad", "def f(x): return F.pad(x, (2, 2, 1, 3), mode='reflect')", "f2,3,4,5"),
    case("F.pad", "def f(x): return F.pad(x, (2, 2, 1, 3), mode='replicate')", "f2,3,4,5"),
    case("F.pad", "def f(x): return F.pad(x, (2, 1, 1, 3), mode='circular')", "f2,3,4,5"),
    case("F.pad", "def f(x): return F.pad(x, (-1, 2, 1, -2))", "f2,3,4,5", id="pad-negative-crops"),
    case("F.pad", "def f(x): return F.pad(x, (3, 1), 'reflect')", "f2,3,5", id="pad-reflect-1d"),
    case("F.pixel_shuffle", "def f(x): return F.pixel_shuffle(x, 2)", "f2,8,3,4"),
    case("F.pixel_unshuffle", "def f(x): return F.pixel_unshuffle(x, downscale_factor=2)", "f2,2,6,4"),
    case("F.channel_shuffle", "def f(x): return F.channel_shuffle(x, 3)", "f2,6,3,3"),
    case("F.unfold", "def f(x): return F.unfold(x, 3)", "f2,3,6,7"),
    case("F.unfold", "def f(x): return F.unfold(x, (2, 3), dilation=1, padding=1, stride=2)", "f2,3,6,7"),
    case("F.unfold", "def f(x): return F.unfold(x, 2, 2, 0, 1)", "f1,2,5,5"),
    case("F.fold", "def f(x): return F.fold(x, (6, 7), (2, 3), padding=1, stride=2)", "f2,18,16"),
    case("F.fold", "def f(x): return F.fold(x, 4, 2)", "f1,8,9"),
    case("F.embedding", "def f(i, w): return F.embedding(i, w)", "i4,5:10", "f10,3"),
    case("F.embedding", "def f(i, w): return F.embedding(i, w, padding_idx=0)", "i4,5:10", "f10,3"),
    case("F.embedding", "def f(i, w): return F.embedding(i, w, 1, None, 2.0, False, True)", "i7:10", "f10,3"),
    case("F.one_hot", "def f(i): return F.one_hot(i, 10)", "i4,5:10"),
    case("F.one_hot", "def f(i): return F.one_hot(i)", "i4,5:7"),
    case("F.one_hot", "def f(i): return F.one_hot(input=i, num_classes=6)", "i3:6"),
    case("F.cosine_similarity", "def f(x, y): return F.cosine_similarity(x, y)", "f3,4,5", "f3,4,5"),
    case("F.cosine_similarity", "def f(x, y): return F.cosine_similarity(x, y, dim=-1, eps=1e-6)", "f3,4,5",
         "f1,4,5"),
    case("F.cosine_similarity", "def f(x, y): return F.cosine_similarity(x, y)", "f4,5", "f5",
         id="cosine_similarity-broadcast"),
    case("F.pairwise_distance", "def f(x, y): return F.pairwise_distance(x, y)", "f4,5", "f4,5"),
    case("F.pairwise_distance", "def f(x, y): return F.pairwise_distance(x, y, p=1, keepdim=True)", "f4,5",
         "f4,5"),
    case("F.scaled_dot_product_attention", "def f(q, k, v): return F.scaled_dot_product_attention(q, k, v)",
         "f2,3,5,4", "f2,3,6,4", "f2,3,6,4"),
    case("F.scaled_dot_product_attention",
         "def f(q, k, v, m): return F.scaled_dot_product_attention(q, k, v, attn_mask=m, scale=0.5)",
         "f2,3,5,4", "f2,3,6,4", "f2,3,6,4", "f5,6"),
    case("F.scaled_dot_product_attention",
         "def f(q, k, v): return F.scaled_dot_product_attention(q, k, v, is_causal=True)",
         "f2,3,5,4", "f2,3,5,4", "f2,3,5,4"),
    case("F.scaled_dot_product_attention",
         "def f(q, k, v, m): return F.scaled_dot_product_attention(q, k, v, m > 0)",
         "f2,3,5,4", "f2,3,6,4", "f2,3,6,4", "p5,6"),
]

LOSS_CASES = [
    case("F.cross_entropy", "def f(x, t): return F.cross_entropy(x, t)", "f4,5", "i4:5"),
    case("F.cross_entropy", "def f(x, t, w): return F.cross_entropy(x, t, w)", "f4,5", "i4:5", "p5"),
    case("F.cross_entropy", "def f(x, t): return F.cross_entropy(x, t, ignore_index=-100, reduction='sum')", "f4,5",
         "k4:5"),
    case("F.cross_entropy", "def f(x, t, w): return F.cross_entropy(x, t, w, reduction='none')", "f4,5", "k4:5",
         "p5"),
    case("F.cross_entropy", "def f(x, t, w): return F.cross_entropy(x, t, weight=w, label_smoothing=0.1)", "f6,5",
         "k6:5", "p5"),
    case("F.cross_entropy", "def f(x, t): return F.cross_entropy(x, t, label_smoothing=0.2, reduction='sum')",
         "f6,5", "i6:5"),
    case("F.cross_entropy", "def f(x, t): return F.cross_entropy(x, t, ignore_index=2)", "f2,5,3,3", "i2,3,3:5"),
    case("F.cross_entropy", "def f(x, t): return F.cross_entropy(x, t)", "f4,5", "q4,5", id="cross_entropy-probs"),
    case("F.cross_entropy", "def f(x, t, w): return F.cross_entropy(x, t, w, label_smoothing=0.1, reduction='none')",
         "f4,5", "q4,5", "p5", id="cross_entropy-probs-weighted"),
    case("F.cross_entropy", "def f(x, t): return F.cross_entropy(x, t, size_average=False)", "f4,5", "i4:5"),
    case("F.nll_loss", "def f(x, t): return F.nll_loss(F.log_softmax(x, 1), t)", "f4,5", "i4:5"),
    case("F.nll_loss", "def f(x, t, w): return F.nll_loss(x, t, w, ignore_index=1, reduction='none')", "f4,5",
         "i4:5", "p5"),
    case("F.nll_loss", "def f(x, t): return F.nll_loss(x, t, reduction='sum')", "f2,5,3", "k2,3:5"),
    case("F.mse_loss", "def f(x, y): return F.mse_loss(x, y)", "f3,4", "f3,4"),
    case("F.mse_loss", "def f(x, y): return F.mse_loss(x, y, reduction='sum')", "f3,4", "f3,4"),
    case("F.mse_loss", "def f(x, y, w): return F.mse_loss(x, y, weight=w)", "f3,4", "f3,4", "p3,4"),
    case("F.mse_loss", "def f(x, y): return F.mse_loss(x, y, None, False)", "f3,4", "f3,4", id="mse_loss-legacy"),
    case("F.l1_loss", "def f(x, y): return F.l1_loss(x, y)", "f3,4", "f3,4"),
    case("F.l1_loss", "def f(x, y): return F.l1_loss(x, y, reduction='none')", "f3,4", "f3,4"),
    case("F.smooth_l1_loss", "def f(x, y): return F.smooth_l1_loss(x, y)", "w3,4", "f3,4"),
    case("F.smooth_l1_loss", "def f(x, y): return F.smooth_l1_loss(x, y, beta=0.5, reduction='sum')", "w3,4",
         "f3,4"),
    case("F.huber_loss", "def f(x, y): return F.huber_loss(x, y, delta=0.7)", "w3,4", "f3,4"),
    case("F.huber_loss", "def f(x, y, w): return F.huber_loss(x, y, 'mean', 1.5, w)", "w3,4", "f3,4", "p3,4"),
    case("F.binary_cross_entropy", "def f(x, y): return F.binary_cross_entropy(x, y)", "u3,4", "u3,4"),
    case("F.binary_cross_entropy", "def f(x, y, w): return F.binary_cross_entropy(x, (y > 0.5).float(), w, "
         "reduction='sum')", "u3,4", "u3,4", "p3,4"),
    case("F.binary_cross_entropy_with_logits", "def f(x, y): return F.binary_cross_entropy_with_logits(x, y)",
         "w3,4", "u3,4"),
    case("F.binary_cross_entropy_with_logits",
         "def f(x, y, p): return F.binary_cross_entropy_with_logits(x, y, pos_weight=p, reduction='none')",
         "w3,4", "u3,4", "p4"),
    case("F.binary_cross_entropy_with_logits",
         "def f(x, y, w): return F.binary_cross_entropy_with_logits(x, y, w)", "w3,4", "u3,4", "p3,4"),
    case("F.kl_div", "def f(x, y): return F.kl_div(F.log_softmax(x, 1), y, reduction='batchmean')", "f4,5", "q4,5"),
    case("F.kl_div", "def f(x, y): return F.kl_div(x, y)", "f4,5", "q4,5"),
    case("F.kl_div", "def f(x, y): return F.kl_div(x, y.log(), reduction='sum', log_target=True)", "f4,5", "q4,5"),
    case("F.kl_div", "def f(x, y): return F.kl_div(x, y * (y > 0.2), reduction='none')", "f4,5", "q4,5"),
    case("F.margin_ranking_loss", "def f(a, b, y): return F.margin_ranking_loss(a, b, y, margin=0.3)", "f6", "f6",
         "s6"),
    case("F.soft_margin_loss", "def f(x, y): return F.soft_margin_loss(x, y)", "f6", "s6"),
    case("F.hinge_embedding_loss", "def f(x, y): return F.hinge_embedding_loss(x, y, margin=0.5)", "f6", "s6"),
    case("F.cosine_embedding_loss", "def f(a, b, y): return F.cosine_embedding_loss(a, b, y, 0.2)", "f4,5", "f4,5",
         "s4"),
    case("F.triplet_margin_loss", "def f(a, p, n): return F.triplet_margin_loss(a, p, n)", "f4,5", "f4,5", "f4,5"),
    case("F.triplet_margin_loss",
         "def f(a, p, n): return F.triplet_margin_loss(a, p, n, margin=2.0, p=1, swap=True, reduction='none')",
         "f4,5", "f4,5", "f4,5"),
    case("F.poisson_nll_loss", "def f(x, y): return F.poisson_nll_loss(x, y)", "f3,4", "p3,4"),
    case("F.poisson_nll_loss", "def f(x, y): return F.poisson_nll_loss(x, y * 3, log_input=False, full=True)",
         "p3,4", "p3,4"),
    case("F.gaussian_nll_loss", "def f(x, y, v): return F.gaussian_nll_loss(x, y, v)", "f3,4", "f3,4", "p3,4"),
    case("F.gaussian_nll_loss", "def f(x, y, v): return F.gaussian_nll_loss(x, y, v, full=True, reduction='sum')",
         "f3,4", "f3,4", "p3"),
    case("F.multilabel_soft_margin_loss", "def f(x, y): return F.multilabel_soft_margin_loss(x, (y > 0.5).float())",
         "f3,4", "u3,4"),
]

# --- cases: torch.* -----------------------------------------------------------------------------------
SHAPE_CASES = [
    case("torch.stack", "def f(x, y): return torch.stack([x, y])", "f2,3", "f2,3"),
    case("torch.stack", "def f(x, y): return torch.stack((x, y), dim=-1)", "f2,3", "f2,3"),
    case("torch.stack", "def f(x, y): return torch.stack(tensors=[x, y], dim=1)", "f2,3", "f2,3"),
    case("torch.hstack", "def f(x, y): return torch.hstack([x, y])", "f2,3", "f2,4"),
    case("torch.hstack", "def f(x, y): return torch.hstack((x, y))", "f3", "f2"),
    case("torch.vstack", "def f(x, y): return torch.vstack([x, y])", "f2,3", "f4,3"),
    case("torch.vstack", "def f(x, y): return torch.vstack([x, y])", "f3", "f3", id="vstack-1d"),
    case("torch.dstack", "def f(x, y): return torch.dstack([x, y])", "f2,3", "f2,3"),
    case("torch.concat", "def f(x, y): return torch.concat([x, y], 1)", "f2,3", "f2,4"),
    case("torch.concat", "def f(x, y): return torch.concat((x, y), dim=-2)", "f2,3", "f4,3"),
    case("torch.concat", "def f(x, y): return torch.concat(tensors=[x, y], dim=1)", "f2,3", "f2,4"),
    case("torch.concatenate", "def f(x, y): return torch.concatenate([x, y], axis=1)", "f2,3", "f2,4"),
    case("torch.concatenate", "def f(x, y): return torch.concatenate((x, y))", "f2,3", "f4,3"),
    case("torch.concatenate", "def f(x, y): return torch.concatenate(tensors=(x, y), axis=-1)", "f2,3", "f2,1"),
    case("torch.split", "def f(x): return torch.split(x, 2)", "f5,3"),
    case("torch.split", "def f(x): return torch.split(x, [1, 3], dim=1)", "f2,4"),
    case("torch.split", "def f(x): return torch.split(x, split_size_or_sections=3, dim=-1)", "f2,4"),
    case("torch.chunk", "def f(x): return torch.chunk(x, 3, dim=1)", "f2,7"),
    case("torch.chunk", "def f(x): return torch.chunk(x, 2)", "f5,2"),
    case("torch.unbind", "def f(x): return torch.unbind(x, 1)", "f2,3,4"),
    case("torch.unbind", "def f(x): return torch.unbind(x)", "f2,3"),
    case("torch.reshape", "def f(x): return torch.reshape(x, (4, -1))", "f2,3,4"),
    case("torch.reshape", "def f(x): return torch.reshape(x, [-1])", "f2,3,4"),
    case("torch.reshape", "def f(x): return torch.reshape(x, shape=(2, 12))", "f2,3,4"),
    case("torch.permute", "def f(x): return torch.permute(x, (2, 0, 1))", "f2,3,4"),
    case("torch.permute", "def f(x): return torch.permute(x, dims=[1, -1, 0])", "f2,3,4"),
    case("torch.transpose", "def f(x): return torch.transpose(x, 0, -1)", "f2,3,4"),
    case("torch.transpose", "def f(x): return torch.transpose(x, dim0=1, dim1=2)", "f2,3,4"),
    case("torch.swapaxes", "def f(x): return torch.swapaxes(x, 0, 1)", "f2,3,4"),
    case("torch.swapdims", "def f(x): return torch.swapdims(x, -1, 0)", "f2,3,4"),
    case("torch.squeeze", "def f(x): return torch.squeeze(x)", "f2,1,3,1"),
    case("torch.squeeze", "def f(x): return torch.squeeze(x, 1)", "f2,1,3,1"),
    case("torch.squeeze", "def f(x): return torch.squeeze(x, dim=0)", "f2,1,3,1", id="squeeze-not-one-is-noop"),
    case("torch.squeeze", "def f(x): return torch.squeeze(x, (1, -1))", "f2,1,3,1"),
    case("torch.unsqueeze", "def f(x): return torch.unsqueeze(x, -1)", "f2,3"),
    case("torch.unsqueeze", "def f(x): return torch.unsqueeze(x, dim=0)", "f2,3"),
    case("torch.movedim", "def f(x): return torch.movedim(x, 0, -1)", "f2,3,4"),
    case("torch.movedim", "def f(x): return torch.movedim(x, (0, 1), (2, 0))", "f2,3,4"),
    case("torch.moveaxis", "def f(x): return torch.moveaxis(x, -1, 0)", "f2,3,4"),
    case("torch.narrow", "def f(x): return torch.narrow(x, 1, 1, 2)", "f2,4,3"),
    case("torch.narrow", "def f(x): return torch.narrow(x, -1, 0, 2)", "f2,4,3"),
    case("torch.tile", "def f(x): return torch.tile(x, (2,))", "f2,3"),
    case("torch.tile", "def f(x): return torch.tile(x, (2, 1, 3))", "f2,3"),
    case("torch.broadcast_to", "def f(x): return torch.broadcast_to(x, (2, 3, 4))", "f3,1"),
    case("torch.broadcast_to", "def f(x): return torch.broadcast_to(x, (4, -1, 5))", "f3,1"),
    case("torch.flip", "def f(x): return torch.flip(x, (0, 2))", "f2,3,4"),
    case("torch.flip", "def f(x): return torch.flip(x, dims=[-2])", "f2,3,4"),
    case("torch.roll", "def f(x): return torch.roll(x, 1)", "f3,4"),
    case("torch.roll", "def f(x): return torch.roll(x, (1, -2), (0, 2))", "f2,3,4"),
    case("torch.roll", "def f(x): return torch.roll(x, shifts=2, dims=1)", "f2,3,4"),
    case("torch.tril", "def f(x): return torch.tril(x)", "f4,5"),
    case("torch.tril", "def f(x): return torch.tril(x, -1)", "f2,4,4"),
    case("torch.triu", "def f(x): return torch.triu(x, diagonal=1)", "f4,5"),
    case("torch.triu", "def f(x): return torch.triu(x)", "i2,4,4"),
    case("torch.repeat_interleave", "def f(x): return torch.repeat_interleave(x, 2)", "f2,3"),
    case("torch.repeat_interleave", "def f(x): return torch.repeat_interleave(x, 3, dim=1)", "f2,3"),
    case("torch.repeat_interleave", "def f(x, r): return torch.repeat_interleave(x, r, dim=0)", "f3,2", "i3:4"),
    case("torch.repeat_interleave", "def f(r): return torch.repeat_interleave(r)", "i4:3"),
    case("torch.meshgrid", "def f(a, b): return torch.meshgrid(a, b, indexing='ij')", "f3", "f4"),
    case("torch.meshgrid", "def f(a, b): return torch.meshgrid(a, b, indexing='xy')", "f3", "f4"),
    case("torch.meshgrid", "def f(a, b, c): return torch.meshgrid([a, b, c], indexing='xy')", "f2", "f3", "f4"),
]

CREATION_CASES = [
    case("torch.zeros", "def f(x): return torch.zeros(2, 3)", "f1"),
    case("torch.zeros", "def f(x): return torch.zeros((2, 3), dtype=torch.int64)", "f1"),
    case("torch.zeros", "def f(x): return torch.zeros([4], device='cpu', requires_grad=False)", "f1"),
    case("torch.zeros", "def f(x): return torch.zeros(x.shape[0], 2, dtype=torch.bool)", "f3,2"),
    case("torch.ones", "def f(x): return torch.ones(2, 3)", "f1"),
    case("torch.ones", "def f(x): return torch.ones((2,), dtype=torch.float64)", "f1"),
    case("torch.zeros torch.ones", "def f(x, dtype=None): return torch.zeros(2, dtype=dtype), torch.ones(x.shape, "
         "dtype=dtype)", "f2,3", id="zeros-ones-dtype-none"),
    case("torch.full", "def f(x): return torch.full((2, 3), 1.5)", "f1"),
    case("torch.full", "def f(x): return torch.full((2,), 7)", "f1"),
    case("torch.full", "def f(x): return torch.full([2, 2], True)", "f1"),
    case("torch.full", "def f(x): return torch.full((3,), 2, dtype=torch.float32)", "f1"),
    case("torch.zeros_like", "def f(x): return torch.zeros_like(x)", "f2,3"),
    case("torch.zeros_like", "def f(x): return torch.zeros_like(x, dtype=torch.int64)", "f2,3"),
    case("torch.ones_like", "def f(x): return torch.ones_like(x)", "i2,3"),
    case("torch.ones_like", "def f(x): return torch.ones_like(x, dtype=torch.float64)", "f2,3"),
    case("torch.full_like", "def f(x): return torch.full_like(x, 3.0)", "f2,3"),
    case("torch.full_like", "def f(x): return torch.full_like(x, 2.7)", "i2,3", id="full_like-int-truncates"),
    case("torch.full_like", "def f(x): return torch.full_like(x, 1, dtype=torch.float64)", "i2,3"),
    case("torch.arange", "def f(x): return torch.arange(5)", "f1"),
    case("torch.arange", "def f(x): return torch.arange(1, 4)", "f1"),
    case("torch.arange", "def f(x): return torch.arange(0, 1, 0.25)", "f1"),
    case("torch.arange", "def f(x): return torch.arange(1.0, 3.5, 0.5, dtype=torch.float64)", "f1"),
    case("torch.arange", "def f(x): return torch.arange(5, dtype=torch.float32)", "f1"),
    case("torch.arange", "def f(x): return torch.arange(x.shape[0], 0, -1)", "f4"),
    case("torch.arange", "def f(x): return torch.arange(start=2, end=9, step=3)", "f1"),
    case("torch.linspace", "def f(x): return torch.linspace(0, 1, 5)", "f1"),
    case("torch.linspace", "def f(x): return torch.linspace(-1, 1, 7, dtype=torch.float64)", "f1"),
    case("torch.linspace", "def f(x): return torch.linspace(0.1, 2.3, steps=11)", "f1"),
    case("torch.linspace", "def f(x): return torch.linspace(0, 10, steps=4, dtype=torch.int64)", "f1"),
    case("torch.linspace", "def f(x): return torch.linspace(3, 3, 1)", "f1"),
    case("torch.logspace", "def f(x): return torch.logspace(0, 2, 3)", "f1", rtol=1e-6),
    case("torch.logspace", "def f(x): return torch.logspace(-1, 1, 5, base=2.0)", "f1", rtol=1e-6),
    case("torch.eye", "def f(x): return torch.eye(3)", "f1"),
    case("torch.eye", "def f(x): return torch.eye(2, 4)", "f1"),
    case("torch.eye", "def f(x): return torch.eye(3, dtype=torch.int64)", "f1"),
    case("torch.tensor", "def f(x): return torch.tensor([1, 2, 3])", "f1"),
    case("torch.tensor", "def f(x): return torch.tensor([[1.0, 2], [3, 4]])", "f1"),
    case("torch.tensor", "def f(x): return torch.tensor([[True, False]])", "f1"),
    case("torch.tensor", "def f(x): return torch.tensor(3.5)", "f1"),
    case("torch.tensor", "def f(x): return torch.tensor([1, 2], dtype=torch.float64)", "f1"),
    case("torch.tensor", "def f(x): return torch.tensor(x.shape)", "f2,3"),
    case("torch.tensor", "def f(x): return torch.tensor(np.arange(4.0))", "f1", id="tensor-numpy-float64"),
    case("torch.as_tensor", "def f(x): return torch.as_tensor([1, 2])", "f1"),
    case("torch.as_tensor", "def f(x): return torch.as_tensor(x) * 2", "f2,3"),
    case("torch.as_tensor", "def f(x): return torch.as_tensor(x, dtype=torch.float64)", "f2,3"),
    case("torch.from_numpy", "def f(x): return torch.from_numpy(np.arange(6).reshape(2, 3))", "f1"),
    case("torch.from_numpy", "def f(x): return torch.from_numpy(np.linspace(0, 1, 4))", "f1"),
    case("torch.from_numpy", "def f(x): return torch.from_numpy(np.ones(3, dtype=np.float32))", "f1"),
    case("torch.clone", "def f(x): return torch.clone(x) + 1", "f2,3"),
]

LINALG_CASES = [
    case("torch.matmul", "def f(a, b): return torch.matmul(a, b)", "f2,3,4", "f4,5", atol=1e-5),
    case("torch.matmul", "def f(a, b): return torch.matmul(a, b)", "f4", "f4", id="matmul-vector-vector"),
    case("torch.matmul", "def f(a, b): return torch.matmul(a, b)", "f3,4", "f4", id="matmul-matrix-vector"),
    case("torch.matmul", "def f(a, b): return torch.matmul(a, b)", "f4", "f4,2", id="matmul-vector-matrix"),
    case("torch.matmul", "def f(a, b): return torch.matmul(input=a, other=b)", "f2,1,3,4", "f5,4,2"),
    case("torch.mm", "def f(a, b): return torch.mm(a, b)", "f3,4", "f4,5"),
    case("torch.bmm", "def f(a, b): return torch.bmm(a, b)", "f2,3,4", "f2,4,5"),
    case("torch.mv", "def f(a, b): return torch.mv(a, b)", "f3,4", "f4"),
    case("torch.dot", "def f(a, b): return torch.dot(a, b)", "f4", "f4"),
    case("torch.outer", "def f(a, b): return torch.outer(a, b)", "f3", "f4"),
    case("torch.einsum", "def f(a, b): return torch.einsum('bij,bjk->bik', a, b)", "f2,3,4", "f2,4,5"),
    case("torch.einsum", "def f(a, b): return torch.einsum('ij,kj->ik', [a, b])", "f3,4", "f5,4"),
    case("torch.einsum", "def f(a, b): return torch.einsum('...ij,...jk->...ik', a, b)", "f2,3,4", "f2,4,5"),
    case("torch.einsum", "def f(a): return torch.einsum('ii->i', a), torch.einsum('ij->', a)", "f3,3"),
    case("torch.addmm", "def f(c, a, b): return torch.addmm(c, a, b)", "f3,5", "f3,4", "f4,5"),
    case("torch.addmm", "def f(c, a, b): return torch.addmm(c, a, b, beta=0.5, alpha=2)", "f5", "f3,4", "f4,5"),
    case("torch.baddbmm", "def f(c, a, b): return torch.baddbmm(c, a, b, alpha=0.5)", "f2,3,5", "f2,3,4",
         "f2,4,5"),
    case("torch.addbmm", "def f(c, a, b): return torch.addbmm(c, a, b, beta=2)", "f3,5", "f2,3,4", "f2,4,5"),
    case("torch.kron", "def f(a, b): return torch.kron(a, b)", "f2,3", "f3,2"),
    case("torch.kron", "def f(a, b): return torch.kron(a, b)", "i2:5", "i2,2:5", id="kron-int-broadcast-rank"),
    case("torch.cross", "def f(a, b): return torch.cross(a, b, dim=1)", "f4,3", "f4,3"),
    case("torch.cross", "def f(a, b): return torch.cross(a, b, -1)", "f2,4,3", "f2,4,3"),
    case("torch.diag", "def f(v): return torch.diag(v)", "f4"),
    case("torch.diag", "def f(v): return torch.diag(v, 1)", "i3"),
    case("torch.diag", "def f(m): return torch.diag(m)", "f4,5"),
    case("torch.diag", "def f(m): return torch.diag(m, diagonal=-1)", "f4,5"),
    case("torch.trace", "def f(m): return torch.trace(m)", "f4,5"),
    case("torch.cdist", "def f(a, b): return torch.cdist(a, b)", "f5,3", "f4,3", atol=1e-5),
    case("torch.cdist", "def f(a, b): return torch.cdist(a, b, p=1)", "f2,5,3", "f2,4,3"),
]

ARITHMETIC_CASES = [
    case("torch.add", "def f(x, y): return torch.add(x, y)", "f2,3", "f2,3"),
    case("torch.add", "def f(x, y): return torch.add(x, y, alpha=2)", "f2,3", "f3"),
    case("torch.add", "def f(x): return torch.add(x, 2)", "i2,3"),
    case("torch.add", "def f(x): return torch.add(x, 1.5)", "i2,3", id="add-int-float-scalar"),
    case("torch.add", "def f(x, y): return torch.add(x, y)", "i2,3", "f2,3", id="add-int64-float32"),
    case("torch.sub", "def f(x, y): return torch.sub(x, y, alpha=0.5)", "f2,3", "f2,3"),
    case("torch.subtract", "def f(x, y): return torch.subtract(x, y)", "f2,3", "f2,3"),
    case("torch.mul", "def f(x, y): return torch.mul(x, y)", "f2,3", "f2,3"),
    case("torch.mul", "def f(x): return torch.mul(x, 3)", "i2,3"),
    case("torch.multiply", "def f(x, y): return torch.multiply(x, other=y)", "f2,3", "f2,3"),
    case("torch.div", "def f(x, y): return torch.div(x, y)", "f2,3", "p2,3"),
    case("torch.div", "def f(x, y): return torch.div(x, y)", "n2,3", "m2,3", id="div-int-true-division"),
    case("torch.div", "def f(x, y): return torch.div(x, y, rounding_mode='floor')", "n3,4", "m3,4"),
    case("torch.div", "def f(x, y): return torch.div(x, y, rounding_mode='trunc')", "n3,4", "m3,4"),
    case("torch.div", "def f(x): return torch.div(x, 0.7, rounding_mode='floor')", "w3,4"),
    case("torch.div", "def f(x): return torch.div(x, -0.7, rounding_mode='trunc')", "w3,4"),
    case("torch.divide", "def f(x, y): return torch.divide(x, y)", "f2,3", "p2,3"),
    case("torch.true_divide", "def f(x, y): return torch.true_divide(x, y)", "n2,3", "m2,3"),
    case("torch.true_divide", "def f(x, y): return torch.true_divide(input=x, other=y)", "f2,3", "p2,3"),
    case("torch.floor_divide", "def f(x, y): return torch.floor_divide(x, y)", "n3,4", "m3,4"),
    case("torch.floor_divide", "def f(x): return torch.floor_divide(x, 0.7)", "w3,4"),
    case("torch.remainder", "def f(x): return torch.remainder(x, 1.5)", "w3,4"),
    case("torch.remainder", "def f(x): return torch.remainder(x, -1.5)", "w3,4"),
    case("torch.remainder", "def f(x, y): return torch.remainder(x, y)", "n3,4", "m3,4"),
    case("torch.fmod", "def f(x): return torch.fmod(x, 1.5)", "w3,4"),
    case("torch.fmod", "def f(x, y): return torch.fmod(x, y)", "n3,4", "m3,4"),
    case("torch.pow", "def f(x): return torch.pow(x, 2)", "f3,4"),
    case("torch.pow", "def f(x): return torch.pow(x, 0.5)", "p3,4"),
    case("torch.pow", "def f(x): return torch.pow(2, x)", "f3,4"),
    case("torch.pow", "def f(x, y): return torch.pow(x, y)", "p3,4", "f3,4"),
    case("torch.pow", "def f(x): return torch.pow(x, 3)", "n3,4", id="pow-int"),
    case("torch.pow", "def f(x): return torch.pow(input=x, exponent=2.0)", "f3,4"),
    case("torch.float_power", "def f(x): return torch.float_power(x, 2)", "f3,4"),
    case("torch.sqrt", "def f(x): return torch.sqrt(x)", "p3,4"),
    case("torch.sqrt", "def f(x): return torch.sqrt(x)", "i3,4", id="sqrt-int"),
    case("torch.sqrt", "def f(x): return torch.sqrt(input=x)", "p3,4", id="sqrt-keyword"),
    case("torch.exp torch.log torch.sin torch.erf",
         "def f(x): return torch.exp(x), torch.log(x), torch.sin(x), torch.erf(x)", "i3,4:5", id="unary-int64"),
    case("torch.rsqrt", "def f(x): return torch.rsqrt(x)", "p3,4"),
    case("torch.exp", "def f(x): return torch.exp(x)", "f3,4"),
    case("torch.expm1", "def f(x): return torch.expm1(x)", "f3,4"),
    case("torch.expm1", "def f(x): return torch.expm1(x * 1e-4)", "f3,4", rtol=1e-5, atol=0,
         id="expm1-small"),
    case("torch.log", "def f(x): return torch.log(x)", "p3,4"),
    case("torch.log2", "def f(x): return torch.log2(x)", "p3,4"),
    case("torch.log10", "def f(x): return torch.log10(x)", "p3,4"),
    case("torch.log1p", "def f(x): return torch.log1p(x)", "u3,4"),
    case("torch.log1p", "def f(x): return torch.log1p(x * 1e-6)", "u3,4", rtol=1e-5, atol=0, id="log1p-small"),
    case("torch.abs", "def f(x): return torch.abs(x)", "f3,4"),
    case("torch.abs", "def f(x): return torch.abs(x)", "n3,4", id="abs-int"),
    case("torch.absolute", "def f(x): return torch.absolute(x)", "f3,4"),
    case("torch.neg", "def f(x): return torch.neg(x)", "n3,4"),
    case("torch.negative", "def f(x): return torch.negative(x)", "f3,4"),
    case("torch.sign", "def f(x): return torch.sign(x)", "h3,4"),
    case("torch.sign", "def f(x): return torch.sign(x)", "n3,4", id="sign-int"),
    case("torch.floor", "def f(x): return torch.floor(x)", "w3,4"),
    case("torch.ceil", "def f(x): return torch.ceil(x)", "w3,4"),
    case("torch.floor torch.ceil torch.abs", "def f(x): return torch.floor(x), torch.ceil(input=x), torch.abs(input=x)",
         "n3,4", id="floor-ceil-abs-int-keyword"),
    case("torch.round", "def f(x): return torch.round(x)", "h6,5", id="round-half-to-even"),
    case("torch.round", "def f(x): return torch.round(x, decimals=2)", "w3,4"),
    case("torch.trunc", "def f(x): return torch.trunc(x)", "w3,4"),
    case("torch.fix", "def f(x): return torch.fix(x)", "w3,4"),
    case("torch.frac", "def f(x): return torch.frac(x)", "w3,4"),
    case("torch.reciprocal", "def f(x): return torch.reciprocal(x)", "p3,4"),
    case("torch.reciprocal", "def f(x): return torch.reciprocal(x)", "m3,4", id="reciprocal-int"),
    case("torch.square", "def f(x): return torch.square(x)", "f3,4"),
    case("torch.square", "def f(x): return torch.square(x)", "n3,4", id="square-int"),
    case("torch.erf", "def f(x): return torch.erf(x)", "f3,4"),
    case("torch.erfinv", "def f(x): return torch.erfinv(x * 2 - 1)", "u3,4", atol=1e-5, rtol=1e-4),
    case("torch.sin torch.cos torch.tan", "def f(x): return torch.sin(x), torch.cos(x), torch.tan(x)", "f3,4"),
    case("torch.asin torch.acos torch.atan", "def f(x): return torch.asin(x), torch.acos(x), torch.atan(x * 9)",
         "u3,4"),
    case("torch.arcsin torch.arccos torch.arctan",
         "def f(x): return torch.arcsin(x), torch.arccos(x), torch.arctan(x)", "u3,4"),
    case("torch.sinh torch.cosh", "def f(x): return torch.sinh(x), torch.cosh(x)", "f3,4"),
    case("torch.asinh torch.acosh torch.atanh",
         "def f(x): return torch.asinh(x * 5), torch.acosh(x + 1), torch.atanh(x)", "u3,4"),
    case("torch.atan2", "def f(x, y): return torch.atan2(x, y)", "f3,4", "f3,4"),
    case("torch.atan2", "def f(x, y): return torch.atan2(x, y)", "n3,4", "m3,4", id="atan2-int"),
    case("torch.arctan2", "def f(x, y): return torch.arctan2(x, other=y)", "f3,4", "f3,4"),
    case("torch.hypot", "def f(x, y): return torch.hypot(x, y)", "f3,4", "f3,4"),
    case("torch.logit", "def f(x): return torch.logit(x)", "u3,4"),
    case("torch.logit", "def f(x): return torch.logit(x * 2 - 0.5, eps=0.1)", "u3,4"),
    case("torch.xlogy", "def f(x, y): return torch.xlogy(x * (x > 0.5), y)", "u3,4", "p3,4"),
    case("torch.clamp", "def f(x): return torch.clamp(x, -0.5, 0.5)", "f3,4"),
    case("torch.clamp", "def f(x): return torch.clamp(x, min=0)", "f3,4"),
    case("torch.clamp", "def f(x, m): return torch.clamp(x, max=m)", "f3,4", "f4"),
    case("torch.clamp", "def f(x): return torch.clamp(x, min=1.5)", "n3,4", id="clamp-int-float-bound"),
    case("torch.clamp", "def f(x): return torch.clamp(x, -2, 2)", "n3,4", id="clamp-int"),
    case("torch.clip", "def f(x): return torch.clip(x, max=0.3)", "f3,4"),
    case("torch.lerp", "def f(x, y): return torch.lerp(x, y, 0.3)", "f3,4", "f3,4"),
    case("torch.lerp", "def f(x, y, w): return torch.lerp(x, y, w)", "f3,4", "f3,4", "u3,4"),
    case("torch.nan_to_num", "def f(x): return torch.nan_to_num(x)", "z3,4"),
    case("torch.nan_to_num", "def f(x): return torch.nan_to_num(x, nan=1.0, posinf=2.0, neginf=-2.0)", "z3,4"),
    case("torch.softmax", "def f(x): return torch.softmax(x, 1)", "f3,4,5"),
    case("torch.softmax", "def f(x): return torch.softmax(x, dim=-1, dtype=torch.float64)", "f3,4,5"),
    case("torch.log_softmax", "def f(x): return torch.log_softmax(x, 0)", "f3,4,5"),
    case("torch.log_softmax", "def f(x): return torch.log_softmax(x, dim=2, dtype=torch.float64)", "f3,4,5"),
]

REDUCTION_CASES = [
    case("torch.sum", "def f(x): return torch.sum(x)", "f3,4,5", atol=1e-4),
    case("torch.sum", "def f(x): return torch.sum(x, 1)", "f3,4,5"),
    case("torch.sum", "def f(x): return torch.sum(x, dim=(0, 2), keepdim=True)", "f3,4,5"),
    case("torch.sum", "def f(x): return torch.sum(x, -1, dtype=torch.float64)", "f3,4,5"),
    case("torch.sum", "def f(x): return torch.sum(x, 0)", "j3,4", id="sum-int32-promotes"),
    case("torch.sum", "def f(x): return torch.sum(x)", "b3,4", id="sum-bool"),
    case("torch.mean", "def f(x): return torch.mean(x)", "f3,4,5"),
    case("torch.mean", "def f(x): return torch.mean(x, (1, 2), keepdim=True)", "f3,4,5"),
    case("torch.mean", "def f(x): return torch.mean(x, dim=-1, dtype=torch.float64)", "f3,4,5"),
    case("torch.prod", "def f(x): return torch.prod(x)", "u3,4"),
    case("torch.prod", "def f(x): return torch.prod(x, 1, keepdim=True)", "f3,4"),
    case("torch.prod", "def f(x): return torch.prod(x, 0)", "j3,4:4", id="prod-int32-promotes"),
    case("torch.std", "def f(x): return torch.std(x)", "f3,4,5"),
    case("torch.std", "def f(x): return torch.std(x, 1)", "f3,4,5"),
    case("torch.std", "def f(x): return torch.std(x, dim=1, unbiased=False)", "f3,4,5"),
    case("torch.std", "def f(x): return torch.std(x, 1, keepdim=True, correction=0)", "f3,4,5"),
    case("torch.std", "def f(x): return torch.std(x, False)", "f3,4,5", id="std-unbiased-positional"),
    case("torch.std", "def f(x): return torch.std(x, (0, 2), True, True)", "f3,4,5"),
    case("torch.var", "def f(x): return torch.var(x)", "f3,4,5"),
    case("torch.var", "def f(x): return torch.var(x, -1, correction=2)", "f3,4,5"),
    case("torch.var", "def f(x): return torch.var(x, dim=0, unbiased=False, keepdim=True)", "f3,4,5"),
    case("torch.var_mean", "def f(x): return torch.var_mean(x, 1)", "f3,4,5"),
    case("torch.std_mean", "def f(x): return torch.std_mean(x, dim=(1, 2), correction=0)", "f3,4,5"),
    case("torch.max", "def f(x): return torch.max(x)", "f3,4,5"),
    case("torch.max", "def f(x): return torch.max(x, 1)", "f3,4,5"),
    case("torch.max", "def f(x): return torch.max(x, dim=-1, keepdim=True)", "f3,4,5"),
    case("torch.max", "def f(x, y): return torch.max(x, y)", "f3,4", "f3,4"),
    case("torch.max", "def f(x): return torch.max(x, 0)[1]", "i3,4", id="max-int-indices"),
    case("torch.max torch.min", "def f(x): return torch.max(x, 1).indices, torch.min(x, dim=0).values", "f3,4",
         id="max-min-named-fields"),
    case("torch.sort torch.topk torch.cummax torch.aminmax",
         "def f(x): return torch.sort(x).indices, torch.topk(x, 2).values, torch.cummax(x, 1).indices, "
         "torch.aminmax(x).max", "f3,4", id="return-types-named-fields"),
    case("torch.min", "def f(x): return torch.min(x)", "f3,4,5"),
    case("torch.min", "def f(x): return torch.min(x, 2, True)", "f3,4,5"),
    case("torch.min", "def f(x, y): return torch.min(x, y)", "f3,4", "f4"),
    case("torch.amax", "def f(x): return torch.amax(x, dim=(0, 1))", "f3,4,5"),
    case("torch.amax", "def f(x): return torch.amax(x)", "f3,4,5"),
    case("torch.amin", "def f(x): return torch.amin(x, -1, True)", "f3,4,5"),
    case("torch.aminmax", "def f(x): return torch.aminmax(x)", "f3,4,5"),
    case("torch.aminmax", "def f(x): return torch.aminmax(x, dim=1, keepdim=True)", "f3,4,5"),
    case("torch.argmax", "def f(x): return torch.argmax(x)", "f3,4,5"),
    case("torch.argmax", "def f(x): return torch.argmax(x, dim=1)", "f3,4,5"),
    case("torch.argmax", "def f(x): return torch.argmax(x, -1, keepdim=True)", "f3,4,5"),
    case("torch.argmax", "def f(x): return torch.argmax(x, keepdim=True)", "f3,4,5", id="argmax-keepdim-no-dim"),
    case("torch.argmin", "def f(x): return torch.argmin(x, 0)", "f3,4,5"),
    case("torch.argmin", "def f(x): return torch.argmin(x)", "f3,4,5"),
    case("torch.all", "def f(x): return torch.all(x)", "b3,4"),
    case("torch.all", "def f(x): return torch.all(x > -2, dim=1)", "f3,4"),
    case("torch.all", "def f(x): return torch.all(x, 0, keepdim=True)", "n3,4", id="all-int"),
    case("torch.any", "def f(x): return torch.any(x)", "b3,4"),
    case("torch.any", "def f(x): return torch.any(x > 1, 1, True)", "f3,4"),
    case("torch.logsumexp", "def f(x): return torch.logsumexp(x, 1)", "w3,4,5"),
    case("torch.logsumexp", "def f(x): return torch.logsumexp(x, (1, 2), keepdim=True)", "w3,4,5"),
    case("torch.norm", "def f(x): return torch.norm(x)", "f3,4,5"),
    case("torch.norm", "def f(x): return torch.norm(x, 1, dim=1)", "f3,4,5"),
    case("torch.norm", "def f(x): return torch.norm(x, p=float('inf'), dim=-1, keepdim=True)", "f3,4,5"),
    case("torch.norm", "def f(x): return torch.norm(x, dim=(1, 2))", "f3,4,5"),
    case("torch.norm", "def f(x): return torch.norm(x, 'fro', dim=(0, 1))", "f3,4,5"),
    case("torch.norm", "def f(x): return torch.norm(x, 3, -1)", "f3,4,5"),
    case("torch.count_nonzero", "def f(x): return torch.count_nonzero(x)", "n3,4"),
    case("torch.count_nonzero", "def f(x): return torch.count_nonzero(x, dim=1)", "n3,4"),
    case("torch.cumsum", "def f(x): return torch.cumsum(x, 1)", "f3,4,5"),
    case("torch.cumsum", "def f(x): return torch.cumsum(x, dim=-1, dtype=torch.float64)", "f3,4,5"),
    case("torch.cumsum", "def f(x): return torch.cumsum(x, 0)", "j3,4", id="cumsum-int32-promotes"),
    case("torch.cumprod", "def f(x): return torch.cumprod(x, 1)", "u3,4"),
    case("torch.cumprod", "def f(x): return torch.cumprod(x, dim=0)", "n3,4", id="cumprod-int"),
    case("torch.cumprod", "def f(x): return torch.cumprod(x, -1)", "n3,7", id="cumprod-int-zeros-negatives"),
    case("torch.cumprod", "def f(x): return torch.cumprod(x, 1)", "f3,9", id="cumprod-float-negatives"),
    case("torch.cummax", "def f(x): return torch.cummax(x, 1)", "f3,6"),
    case("torch.cummin", "def f(x): return torch.cummin(x, dim=0)", "f4,3"),
    # gradients: to the element each output picked (cummax/cummin were computed on the host, so no
    # gradient flowed; max/min over a dim gave it to every tied maximum, PyTorch to the returned index)
    case("torch.cummax", "def f(x):\n    x.requires_grad_()\n    v = torch.cummax(x, 1).values\n"
         "    return torch.autograd.grad((v * torch.arange(1.0, 7.0)).sum(), x)", "f3,6", id="cummax-gradient"),
    case("torch.cummin", "def f(x):\n    x = torch.round(x)\n    x.requires_grad_()\n    v = torch.cummin(x, dim=0)[0]\n"
         "    return torch.autograd.grad((v * torch.arange(1.0, 13.0).view(4, 3)).sum(), x)", "f4,3",
         id="cummin-gradient-ties"),
    case("torch.max", "def f(x):\n    x = torch.round(x)\n    x.requires_grad_()\n    v = torch.max(x, 1).values\n"
         "    return torch.autograd.grad((v * torch.arange(1.0, 5.0)).sum(), x)", "f4,6", id="max-dim-gradient-ties"),
    case("torch.min", "def f(x):\n    x = torch.round(x)\n    x.requires_grad_()\n"
         "    v = torch.min(x, dim=0, keepdim=True)[0]\n"
         "    return torch.autograd.grad((v * torch.arange(1.0, 7.0)).sum(), x)", "f4,6", id="min-dim-gradient-ties"),
    case("torch.topk", "def f(x): return torch.topk(x, 3)", "f3,4,6"),
    case("torch.topk", "def f(x): return torch.topk(x, 2, dim=0, largest=False)", "f3,4,6"),
    case("torch.topk", "def f(x): return torch.topk(x, k=2, dim=1)", "f3,4,6"),
    case("torch.sort", "def f(x): return torch.sort(x)", "f3,6"),
    case("torch.sort", "def f(x): return torch.sort(x, 0, True)", "f4,3"),
    case("torch.sort", "def f(x): return torch.sort(x, dim=1, descending=True, stable=True)", "i3,8:3",
         id="sort-stable-ties"),
    case("torch.sort", "def f(x): return torch.sort(x, stable=True)", "i3,8:3", id="sort-stable-ties-ascending"),
    case("torch.argsort", "def f(x): return torch.argsort(x, dim=1, descending=True)", "f3,6"),
    case("torch.argsort", "def f(x): return torch.argsort(x)", "f3,6"),
    case("torch.argsort", "def f(x): return torch.argsort(x, dim=0, stable=True)", "i8,3:3"),
    case("torch.msort", "def f(x): return torch.msort(x)", "f5,3"),
    case("torch.diff", "def f(x): return torch.diff(x)", "f3,6"),
    case("torch.diff", "def f(x, p): return torch.diff(x, n=2, dim=0, prepend=p)", "f4,3", "f1,3"),
]

SELECTION_CASES = [
    case("torch.where", "def f(c, x, y): return torch.where(c, x, y)", "b3,4", "f3,4", "f3,4"),
    case("torch.where", "def f(x): return torch.where(x > 0, x, 0.0)", "f3,4"),
    case("torch.where", "def f(x): return torch.where(x > 0, 1, x)", "f3,4", id="where-scalar-first"),
    case("torch.where", "def f(c, x): return torch.where(c, x, -1)", "b3,1", "i3,4", id="where-broadcast-int"),
    case("torch.where", "def f(c): return torch.where(c)", "b3,4", id="where-condition-only"),
    case("torch.nonzero", "def f(x): return torch.nonzero(x)", "n3,4"),
    case("torch.nonzero", "def f(x): return torch.nonzero(x > 0, as_tuple=True)", "f3,4"),
    case("torch.argwhere", "def f(x): return torch.argwhere(x)", "n3,4"),
    case("torch.masked_fill", "def f(x): return torch.masked_fill(x, x > 0, 0.5)", "f3,4"),
    case("torch.masked_fill", "def f(x, m): return torch.masked_fill(x, m, -1)", "f3,4", "b1,4"),
    case("torch.gather", "def f(x, i): return torch.gather(x, 1, i)", "f3,4", "i3,2:4"),
    case("torch.gather", "def f(x, i): return torch.gather(x, -1, i, sparse_grad=False)", "f2,3,4", "i2,3,5:4"),
    case("torch.index_select", "def f(x, i): return torch.index_select(x, 0, i)", "f4,3", "i5:4"),
    case("torch.index_select", "def f(x, i): return torch.index_select(x, dim=-1, index=i)", "f2,4,3", "i2:3"),
    case("torch.take", "def f(x, i): return torch.take(x, i)", "f3,4", "i2,3:12"),
    case("torch.take_along_dim", "def f(x): return torch.take_along_dim(x, torch.argsort(x, 1), 1)", "f3,4"),
    case("torch.searchsorted", "def f(s, v): return torch.searchsorted(s, v)", "e8", "f5"),
    case("torch.searchsorted", "def f(s, v): return torch.searchsorted(s, v, right=True, out_int32=True)",
         "e3,8", "f3,5"),
    case("torch.searchsorted", "def f(s, v): return torch.searchsorted(s, v, side='right')", "e8", "f2,3"),
    case("torch.bucketize", "def f(v, b): return torch.bucketize(v, b)", "f2,5", "e6"),
    case("torch.bucketize", "def f(v, b): return torch.bucketize(v, b, right=True)", "f7", "e6"),
    case("torch.numel", "def f(x): return torch.numel(x)", "f3,4,5"),
    case("torch.isclose", "def f(x, y): return torch.isclose(x, x + y * 1e-6)", "f3,4", "f3,4"),
    case("torch.isclose", "def f(x, y): return torch.isclose(x, y, rtol=0.5, atol=0.1, equal_nan=True)", "z3,4",
         "f3,4"),
    case("torch.allclose", "def f(x): return torch.allclose(x, x + 1e-9)", "f3,4"),
    case("torch.allclose", "def f(x, y): return torch.allclose(x, y)", "f3,4", "f3,4", id="allclose-false"),
    case("torch.equal", "def f(x): return torch.equal(x, x * 1)", "f3,4"),
    case("torch.equal", "def f(x, y): return torch.equal(x, y)", "f3,4", "f3,4", id="equal-false"),
    case("torch.isnan torch.isinf torch.isfinite",
         "def f(x): return torch.isnan(x), torch.isinf(x), torch.isfinite(x)", "z3,4"),
    case("torch.isnan torch.isinf torch.isfinite",
         "def f(x): return torch.isnan(x), torch.isinf(x), torch.isfinite(x)", "n3,4", id="isnan-int"),
    case("torch.isposinf torch.isneginf", "def f(x): return torch.isposinf(x), torch.isneginf(x)", "z3,4"),
    case("torch.logical_and torch.logical_or torch.logical_xor torch.logical_not",
         "def f(a, b): return torch.logical_and(a, b), torch.logical_or(a, b), torch.logical_xor(a, b), "
         "torch.logical_not(a)", "b3,4", "b3,4"),
    case("torch.logical_and torch.logical_or torch.logical_xor torch.logical_not",
         "def f(a, b): return torch.logical_and(a, b), torch.logical_or(a, other=b), torch.logical_xor(a, b), "
         "torch.logical_not(a)", "n3,4", "f3,4", id="logical-nonbool"),
    case("torch.eq torch.ne torch.gt torch.lt torch.ge torch.le",
         "def f(a, b): return torch.eq(a, b), torch.ne(a, b), torch.gt(a, b), torch.lt(a, b), torch.ge(a, b), "
         "torch.le(a, b)", "n3,4", "n3,4"),
    case("torch.eq torch.gt torch.le", "def f(a): return torch.eq(a, 0.5), torch.gt(a, 0), torch.le(a, other=0.1)",
         "f3,4", id="compare-scalar"),
    case("torch.greater torch.less torch.greater_equal torch.less_equal torch.not_equal",
         "def f(a, b): return torch.greater(a, b), torch.less(a, b), torch.greater_equal(a, b), "
         "torch.less_equal(a, b), torch.not_equal(a, b)", "n3,4", "n4"),
    case("torch.maximum torch.minimum", "def f(a, b): return torch.maximum(a, b), torch.minimum(a, b)", "f3,4",
         "f3,4"),
    case("torch.maximum", "def f(a, b): return torch.maximum(a, b)", "n3,4", "n4", id="maximum-int-broadcast"),
    # a tie splits the gradient evenly between the operands (rounded inputs tie often; a broadcast operand too)
    case("torch.maximum torch.minimum", "def f(a, b):\n    a = torch.round(a)\n    b = torch.round(b)\n"
         "    a.requires_grad_(); b.requires_grad_()\n"
         "    out = torch.maximum(a, b) * 2 + torch.minimum(a, b[0]) * 3 + torch.max(a, b)\n"
         "    return torch.autograd.grad((out * torch.arange(1.0, 13.0).view(3, 4)).sum(), [a, b])", "f3,4", "f3,4",
         id="maximum-gradient-ties"),
    case("torch.fmax torch.fmin", "def f(a, b): return torch.fmax(a, b), torch.fmin(a, b)", "z3,4", "f3,4"),
]

CASES = (ACTIVATION_CASES + LAYER_CASES + POOL_CASES + RESAMPLE_CASES + LOSS_CASES + SHAPE_CASES
         + CREATION_CASES + LINALG_CASES + ARITHMETIC_CASES + REDUCTION_CASES + SELECTION_CASES)


@pytest.mark.parametrize("covers, code, inputs, atol, rtol", CASES)
def test_entry(torch, jittor, covers, code, inputs, atol, rtol):
    both = run_both(code, inputs)
    assert_converts(both, covers)
    assert_same(both.expected, both.actual, atol, rtol)


# call shapes that cannot be compared (strict xfail: each fails as stated)
_DROPOUT = "without its arguments F.{} trains (training=True, p=0.5): a random mask in each framework"
_SPARSE = "torch.{}(x).{} is Tensor.{}, the sparse-tensor method: a bound method, not a result to compare"
BROKEN_CALL_SHAPES = {
    "dropout-1-defaults-omitted": _DROPOUT.format("dropout"),
    "dropout-2-defaults-omitted": _DROPOUT.format("dropout"),
    "dropout-p0-default-training-1-defaults-omitted": _DROPOUT.format("dropout"),
    "dropout1d-1-defaults-omitted": _DROPOUT.format("dropout1d"),
    "dropout2d-1-defaults-omitted": _DROPOUT.format("dropout2d"),
    "dropout3d-1-defaults-omitted": _DROPOUT.format("dropout3d"),
    "max-min-named-fields-1-max-defaults-omitted": _SPARSE.format("max", "indices", "indices"),
    "max-min-named-fields-1-min-defaults-omitted": _SPARSE.format("min", "values", "values"),
}

CALL_SHAPE_CASES = shape_cases(CASES, broken=BROKEN_CALL_SHAPES)


@pytest.mark.parametrize("key, code, inputs, atol, rtol", CALL_SHAPE_CASES)
def test_entry_call_shape(torch, jittor, key, code, inputs, atol, rtol):
    check_call_shape(code, inputs, atol, rtol, covers=[key])


# --- invalid arguments: the helpers raise what PyTorch raises -----------------------------------------
@pytest.mark.parametrize("code, inputs", [
    ("def f(x): return F.max_pool1d(x, 3, padding=2)", ("f2,3,11",)),
    ("def f(x): return F.avg_pool3d(x, 2, padding=2)", ("f1,2,6,6,6",)),
    ("def f(x): return F.max_pool1d(x, 5)", ("f1,2,3",)),
    ("def f(x): return F.adaptive_max_pool1d(x, 2)", ("f2,3,4,5",)),
    ("def f(x): return F.interpolate(x, size=[4])", ("f1,2,5,7",)),
    ("def f(x, t): return F.nll_loss(x, t, reduction='bad')", ("f4,5", "i4:5")),
    ("def f(x, t): return F.cross_entropy(x, t, reduction='bad')", ("f4,5", "i4:5")),
    ("def f(x, y, v): return F.gaussian_nll_loss(x, y, v)", ("f3,4", "f3,4", "p3,2")),
    ("def f(x): return F.pad(x, [3, 3], mode='reflect')", ("f1,2,3",)),
    ("def f(x): return F.pad(x, [1])", ("f1,2,3",)),
    ("def f(x): return F.glu(x, 1)", ("f2,5",)),
    ("def f(x): return torch.multinomial(x.abs(), 6)", ("f2,5",)),
    ("def f(x): return torch.multinomial(-x.abs(), 2, True)", ("f2,5",)),
], ids=lambda v: v if isinstance(v, str) else "")
def test_invalid_arguments_raise_as_in_pytorch(torch, jittor, helpers, code, inputs):
    assert_same_error(code, inputs)


# --- random values: shape, dtype and statistics -------------------------------------------------------
RANDOM_CASES = [
    # (covers, code returning a tensor, check(expected_np, actual_np))
    ("torch.rand", "def f(x): return torch.rand(200, 50)", "uniform01"),
    ("torch.rand", "def f(x): return torch.rand((100, 100), dtype=torch.float64)", "uniform01"),
    ("torch.randn", "def f(x): return torch.randn(10000)", "normal"),
    ("torch.randn", "def f(x): return torch.randn([50, 200], generator=None)", "normal"),
    ("torch.rand_like", "def f(x): return torch.rand_like(x)", "uniform01"),
    ("torch.randn_like", "def f(x): return torch.randn_like(x, dtype=torch.float64)", "normal"),
    ("torch.randint", "def f(x): return torch.randint(0, 10, (10000,))", "ints0_10"),
    ("torch.randint", "def f(x): return torch.randint(10, (100, 100))", "ints0_10"),
    ("torch.randint", "def f(x): return torch.randint(3, 7, size=(5000,), dtype=torch.int32)", "ints3_7"),
    ("torch.randint", "def f(x): return torch.randint(10, size=(5000,))", "ints0_10"),
    ("torch.randint_like", "def f(x): return torch.randint_like(x, 10)", "ints0_10"),
    ("torch.randperm", "def f(x): return torch.randperm(1000)", "perm"),
    ("torch.bernoulli", "def f(x): return torch.bernoulli(torch.full((200, 50), 0.3))", "bernoulli0.3"),
    ("torch.bernoulli", "def f(x): return torch.bernoulli(torch.ones(10000, dtype=torch.float64), 0.7)", "bernoulli0.7"),
    ("torch.Tensor.bernoulli", "def f(x): return torch.full((100, 100), 0.2).bernoulli()", "bernoulli0.2"),
    ("torch.Tensor.bernoulli_", "def f(x): return torch.empty(100, 100).bernoulli_(0.4)", "bernoulli0.4"),
    ("torch.Tensor.bernoulli_", "def f(x): return torch.zeros(100, 100).bernoulli_(torch.full((100, 100), 0.6))",
     "bernoulli0.6"),
    ("torch.multinomial", "def f(x): return torch.multinomial(torch.tensor([1.0, 0.0, 3.0]), 20000, True)",
     "categories0.25_0_0.75"),
    ("torch.multinomial",
     "def f(x): return torch.multinomial(torch.tensor([[1.0, 0.0, 3.0]] * 100), num_samples=2)", "two_distinct"),
    ("torch.Tensor.multinomial", "def f(x): return torch.tensor([2.0, 0.0, 6.0]).multinomial(20000, replacement=True)",
     "categories0.25_0_0.75"),
    ("torch.normal", "def f(x): return torch.normal(torch.zeros(100, 100), torch.ones(100, 100))", "normal"),
    ("torch.normal", "def f(x): return torch.normal(0.0, 1.0, size=(10000,))", "normal"),
    ("torch.normal", "def f(x): return torch.normal(torch.zeros(10000, dtype=torch.float64), 1.0)", "normal"),
    ("torch.empty", "def f(x): return torch.empty(3, 4)", "shape"),
    ("torch.empty", "def f(x): return torch.empty((2, 5), dtype=torch.int64)", "shape"),
    ("torch.empty", "def f(x, dtype=None): return torch.empty(x.shape, dtype=dtype)", "shape"),
    ("torch.empty_like", "def f(x): return torch.empty_like(x)", "shape"),
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
    ("torch.nn.functional.rrelu", "def f(x): return F.rrelu(-x, 0.1, 0.3, training=True)", "rrelu"),
    ("torch.nn.functional.scaled_dot_product_attention",
     "def f(x): return F.scaled_dot_product_attention(x.reshape(1, 1000, 10, 10), x.reshape(1, 1000, 10, 10),"
     " torch.ones(1, 1000, 10, 10), dropout_p=0.5)", "attention_dropout0.5"),
]


def _check_random(kind, e, a):
    assert a.shape == e.shape and a.dtype == e.dtype, (a.shape, a.dtype, e.shape, e.dtype)
    if kind == "shape":
        return
    if kind == "uniform01":
        assert a.min() >= 0 and a.max() < 1
        assert abs(a.mean() - 0.5) < 0.02 and abs(a.std() - 12 ** -0.5) < 0.02
    elif kind == "normal":
        assert abs(a.mean()) < 0.05 and abs(a.std() - 1) < 0.05
    elif kind.startswith("ints"):
        lo, hi = (int(v) for v in kind[4:].split("_"))
        assert a.min() == lo and a.max() == hi - 1
        counts = np.bincount(a.reshape(-1) - lo, minlength=hi - lo) / a.size
        assert np.all(np.abs(counts - 1 / (hi - lo)) < 0.03), counts
    elif kind.startswith("bernoulli"):
        p = float(kind[len("bernoulli"):])
        assert set(np.unique(a)) <= {0, 1} and abs(a.mean() - p) < 0.02, a.mean()
    elif kind.startswith("categories"):
        expected = [float(v) for v in kind[len("categories"):].split("_")]
        counts = np.bincount(a.reshape(-1), minlength=len(expected)) / a.size
        assert np.all(np.abs(counts - expected) < 0.02), counts
    elif kind == "two_distinct":  # without replacement: the two non-zero categories, once each
        assert (np.sort(a, 1) == [0, 2]).all()
    elif kind == "perm":
        np.testing.assert_array_equal(np.sort(a), np.arange(a.size))
        assert not np.array_equal(a, np.arange(a.size))
    elif kind.startswith("dropout"):
        p = float(kind[len("dropout"):])
        zero = a == 0
        assert abs(zero.mean() - p) < 0.02, zero.mean()
        np.testing.assert_allclose(a[~zero], 1 / (1 - p), rtol=1e-6)
    elif kind.startswith("channel_dropout"):
        p = float(kind[len("channel_dropout"):])
        per_channel = a.reshape(a.shape[0] * a.shape[1], -1)
        zero = (per_channel == 0).all(1)
        assert abs(zero.mean() - p) < 0.03, zero.mean()
        np.testing.assert_allclose(per_channel[~zero], 1 / (1 - p), rtol=1e-6)
        by_sample = zero.reshape(a.shape[:2])  # one mask value per channel, not one per sample
        assert (by_sample.any(1) & ~by_sample.all(1)).mean() > 0.5
    elif kind == "rrelu":  # input -1: the output is -slope, slope uniform in [0.1, 0.3]
        assert a.min() >= -0.3 - 1e-6 and a.max() <= -0.1 + 1e-6
        assert abs(a.mean() + 0.2) < 0.01
    elif kind.startswith("attention_dropout"):
        # value ones: each output row is the sum of its kept (and rescaled) attention weights
        p = float(kind[len("attention_dropout"):])
        assert abs(a.mean() - 1) < 0.05 and a.std() > 0.1
    else:
        raise AssertionError(kind)


@pytest.mark.parametrize("covers, code, kind", RANDOM_CASES, ids=[f"{c[0].rsplit('.', 1)[-1]}-{i}" for i, c in
                                                                  enumerate(RANDOM_CASES)])
def test_random_entry(torch, jittor, helpers, covers, code, kind):
    x = np.ones(100000, dtype="float32")
    if "like" in code or "x.shape" in code:
        x = x.reshape(100, 1000)
    if kind == "ints0_10" and "like" in code:
        x = x.astype("int64")
    both = run_both(code, [x])  # both frameworks seeded with 0
    assert covers in both.converted
    expected, actual = both.expected.numpy(), both.actual.numpy()
    _check_random(kind, expected, expected)  # the check itself holds for PyTorch
    _check_random(kind, expected, actual)


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


def test_functional_calls_in_a_module_follow_train_and_eval(torch, jittor, helpers):
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
    dropped = helpers.dropout(jittor.array(ones), 0.5, jt_model.training).numpy()
    assert abs((dropped == 0).mean() - 0.5) < 0.02
    assert not np.allclose(jt_model(jittor.array(x)).numpy(), expected.numpy())


# --- arguments Jittor cannot honour are reported, not silently dropped ------------------------------
@pytest.mark.parametrize("code, argument", [
    ("y = F.interpolate(x, scale_factor=2, antialias=True)", "antialias"),
    ("y = F.embedding(i, w, max_norm=1.0)", "max_norm"),
    ("y = torch.sum(x, out=z)", "out"),
    ("y = torch.rand(3, generator=g)", "generator"),
    ("y = torch.zeros_like(x, memory_format=torch.channels_last)", "memory_format"),
])
def test_unsupported_argument_is_reported(code, argument):
    result = convert_source(HEADER + code + "\n")
    assert any(argument in d.message for d in result.unsupported), [d.format() for d in result.diagnostics]


def test_defaults_of_unsupported_arguments_are_dropped():
    code = convert_checked(HEADER + "y = torch.sum(x, 1, out=None)\nz = torch.gather(x, 1, i, sparse_grad=False)\n")
    assert "out" not in code and "sparse_grad" not in code


# --- the table and the helper module agree ---------------------------------------------------------------
def _signature(fn):
    kinds = {inspect.Parameter.POSITIONAL_OR_KEYWORD: "positional", inspect.Parameter.POSITIONAL_ONLY: "positional",
             inspect.Parameter.VAR_POSITIONAL: "varargs", inspect.Parameter.KEYWORD_ONLY: "kwonly",
             inspect.Parameter.VAR_KEYWORD: "varkw"}
    return [(p.name, kinds[p.kind], None if p.default is p.empty else p.default)
            for p in inspect.signature(fn).parameters.values()]


def test_helper_entries_state_the_helpers_real_signatures(helpers):
    for key, raw in sorted((key, pjmap[key]) for key in COVERED):
        entry = make_entry(key, raw)
        if entry.jittor_module != "t2j":
            continue
        fn = getattr(helpers, entry.jittor_name, None)
        assert callable(fn), f"{key}: no helper {entry.jittor_name}"
        declared = [(p.name, p.kind, None if p.default is None else eval(p.default)) for p in entry.jittor.params]
        assert _signature(fn) == declared, key


def test_jittor_entries_name_real_jittor_functions(jittor):
    from jittor import nn

    modules = {"jt": jittor, "nn": nn}
    for key, raw in sorted((key, pjmap[key]) for key in COVERED):
        entry = make_entry(key, raw)
        if entry.jittor_module == "t2j":
            continue
        fn = getattr(modules[entry.jittor_module], entry.jittor_name)
        try:
            real = _signature(fn)
        except (TypeError, ValueError):
            continue  # a C++ builtin: positional only, covered by the run-both cases
        if [k for _, k, _ in real] == ["varargs", "varkw"]:
            continue  # a forwarding wrapper (jt.concat): covered by the run-both cases
        declared = [(p.name, p.kind) for p in entry.jittor.params]
        assert [(n, k) for n, k, _ in real][: len(declared)] == declared, key


def test_unsupported_names_carry_their_reason():
    code = HEADER + "y = F.grid_sample(x, g)\n"
    result = convert_source(code)
    assert any("grid_sample" in d.message and "Jittor" in d.message for d in result.unsupported)


COVERED = {k for p in CASES for k in p.values[0]} | {c[0] for c in RANDOM_CASES}  # see test_coverage.py

"""Run-both proofs for the torch.nn layer entries mapped to the helper module (mappings/nn/*.py).

Each case is PyTorch source defining `model`, run by the harness (tests/parity.py): converted,
PyTorch's state_dict checked against the Jittor model's (same keys, same shapes) and loaded with
load_parameters, then both run on the same numpy inputs, compared by assert_same (value, shape,
dtype and structure of every output). Each case also runs in PaConvert's call shapes of its entry.
"""
import numpy as np
import pytest
from parity import (HEADER, assert_same, assert_same_error, assert_same_state, check_call_shape, convert_checked,
                    exec_code, make_input, run_both, shape_cases, to_jittor, to_numpy, to_torch)

from torch2jittor import convert_source
from torch2jittor.mappings import UNSUPPORTED_REASONS

pytestmark = pytest.mark.frameworks


# --- inputs: the harness's input specs (tests/parity.py), written from shapes -------------------------
def _dims(shape):
    return ",".join(str(n) for n in shape)


def Fl(*shape):
    return f"f{_dims(shape)}"


def U(low, high, *shape):
    return f"u{_dims(shape)}:{low},{high}"


def I(high, *shape, low=0):
    return f"i{_dims(shape)}:{low},{high}"


def Sign(*shape):
    return f"s{_dims(shape)}"


def Bin(*shape):
    return f"o{_dims(shape)}"


def Bool(*shape, p=0.3):
    return f"b{_dims(shape)}:{p}"


def V(array, dtype=None):
    return np.array(array, dtype=dtype)


def case(covers, code, inputs=(Fl(2, 3, 8),), atol=1e-5, rtol=1e-4, train=False, id=None):
    return pytest.param(covers.split(), code, inputs, atol, rtol, train, id=id or covers.split()[0])


def net(init, forward, args="x"):
    """Source of a small module: `init` lines for __init__, `forward` lines for forward(self, <args>)."""
    body = "".join(f"        {line}\n" for line in init.splitlines())
    fwd = "".join(f"        {line}\n" for line in forward.splitlines())
    return (
        "class Net(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        f"{body}"
        f"    def forward(self, {args}):\n"
        f"{fwd}"
        "model = Net()"
    )


D1, D2, D3 = (Fl(2, 3, 8),), (Fl(2, 3, 8, 8),), (Fl(2, 3, 4, 5, 6),)
PAIR = (Fl(4, 5), Fl(4, 5))

CASES = [
    # ---- convolutions --------------------------------------------------------------------------
    case("Conv1d", "model = nn.Conv1d(3, 4, 3, stride=2, padding=1)", D1),
    case("Conv1d", "model = nn.Conv1d(3, 6, 3, 1, 2, 2, 3, False, 'zeros', None, None)", D1, id="Conv1d-positional"),
    case("Conv1d", "model = nn.Conv1d(3, 4, 4, padding='same', padding_mode='reflect')", D1, id="Conv1d-same-reflect"),
    case("Conv1d", "model = nn.Conv1d(3, 4, (3,), padding='valid', padding_mode='circular')", D1, id="Conv1d-valid"),
    case("Conv1d", "model = nn.Conv1d(3, 4, 3, padding=2, padding_mode='replicate')", D1, id="Conv1d-replicate"),
    case("Conv1d", "model = nn.Conv1d(3, 4, 3)", (Fl(3, 8),), id="Conv1d-unbatched"),
    case("Conv3d", "model = nn.Conv3d(3, 4, 3, stride=(1, 2, 1), padding=1)", D3),
    case("Conv3d", "model = nn.Conv3d(3, 6, (2, 3, 3), 1, (0, 1, 1), (1, 1, 2), groups=3, bias=False)", D3,
         id="Conv3d-groups-dilation"),
    case("Conv3d", "model = nn.Conv3d(3, 2, 3, padding='same', padding_mode='circular')", D3, id="Conv3d-same"),
    case("ConvTranspose1d", "model = nn.ConvTranspose1d(3, 4, 3, stride=2, padding=1, output_padding=1)", D1),
    case("ConvTranspose1d", "model = nn.ConvTranspose1d(3, 6, 3, 2, 0, 0, 3, False, 2)", D1,
         id="ConvTranspose1d-groups-dilation"),
    case("ConvTranspose1d", net("self.up = nn.ConvTranspose1d(3, 2, 3, stride=2, padding=1)",
                                "return self.up(x, output_size=[16])"), D1, id="ConvTranspose1d-output_size"),
    case("ConvTranspose3d", "model = nn.ConvTranspose3d(3, 2, 3, stride=2, padding=1, output_padding=(1, 0, 1))", D3),
    case("ConvTranspose3d", "model = nn.ConvTranspose3d(4, 2, (1, 2, 3), groups=2, dilation=(1, 2, 1))",
         (Fl(1, 4, 3, 4, 5),), id="ConvTranspose3d-groups"),
    case("Unfold", "model = nn.Unfold(kernel_size=(2, 3), dilation=1, padding=1, stride=2)", D2),
    case("Unfold", "model = nn.Unfold(3, 2)", (Fl(3, 8, 8),), id="Unfold-unbatched-dilation"),
    case("Fold", "model = nn.Fold(output_size=(4, 5), kernel_size=(2, 2))", (Fl(2, 12, 12),)),
    case("Fold", "model = nn.Fold((5, 5), 3, padding=1, stride=2)", (Fl(2, 18, 9),), id="Fold-overlap"),
    # ---- normalization -------------------------------------------------------------------------
    case("BatchNorm3d", "model = nn.BatchNorm3d(3, eps=1e-3, momentum=0.2)", D3),
    case("BatchNorm3d", "model = nn.BatchNorm3d(3, momentum=0.3)", D3, train=True, id="BatchNorm3d-train"),
    case("BatchNorm3d", "model = nn.BatchNorm3d(3, momentum=None, affine=False)", D3, train=True,
         id="BatchNorm3d-cumulative"),
    case("BatchNorm3d", "model = nn.BatchNorm3d(3, track_running_stats=False)", D3, id="BatchNorm3d-no-stats"),
    case("BatchNorm3d", "model = nn.BatchNorm3d(3, 1e-5, 0.1, True, True, None, None, bias=False)", D3,
         id="BatchNorm3d-no-bias"),
    case("SyncBatchNorm", "model = nn.SyncBatchNorm(3)", D2),
    # BatchNorm1d/2d: Jittor's own BatchNorm updates running_var with the biased variance (helper fixes it)
    case("BatchNorm2d", "model = nn.BatchNorm2d(3, momentum=0.3)", D2, train=True, id="BatchNorm2d-train"),
    case("BatchNorm2d", "model = nn.BatchNorm2d(3, momentum=None, affine=False)", D2, train=True,
         id="BatchNorm2d-cumulative"),
    case("BatchNorm2d", "model = nn.BatchNorm2d(3, track_running_stats=False)", D2, id="BatchNorm2d-no-stats"),
    case("BatchNorm1d", "model = nn.BatchNorm1d(3)", D1, train=True, id="BatchNorm1d-train-3d"),
    case("BatchNorm1d", "model = nn.BatchNorm1d(3, momentum=0.5)", (Fl(6, 3),), train=True, id="BatchNorm1d-train-2d"),
    case("SyncBatchNorm", "model = nn.SyncBatchNorm(3, momentum=0.5, process_group=None)", D1, train=True,
         id="SyncBatchNorm-train"),
    case("torch.nn.SyncBatchNorm.convert_sync_batchnorm",
         "model = nn.SyncBatchNorm.convert_sync_batchnorm(nn.Sequential(nn.Conv3d(3, 4, 1), nn.BatchNorm3d(4)))", D3,
         train=True),
    case("InstanceNorm1d", "model = nn.InstanceNorm1d(3)", D1),
    case("InstanceNorm1d", "model = nn.InstanceNorm1d(3, affine=True)", (Fl(3, 8),), id="InstanceNorm1d-unbatched"),
    case("InstanceNorm2d", "model = nn.InstanceNorm2d(3, eps=1e-3, affine=True)", D2),
    case("InstanceNorm2d", "model = nn.InstanceNorm2d(3, momentum=0.3, track_running_stats=True)", D2, train=True,
         id="InstanceNorm2d-train-stats"),
    case("InstanceNorm2d", "model = nn.InstanceNorm2d(3, track_running_stats=True)", D2,
         id="InstanceNorm2d-eval-stats"),
    case("InstanceNorm3d", "model = nn.InstanceNorm3d(3, affine=True, bias=False)", D3),
    case("LayerNorm", "model = nn.LayerNorm(8)", D2),
    case("LayerNorm", "model = nn.LayerNorm([8, 8], eps=1e-3, elementwise_affine=False)", D2,
         id="LayerNorm-no-affine"),
    case("LayerNorm", "model = nn.LayerNorm((3, 8), 1e-5, True, False)", D1, id="LayerNorm-no-bias"),
    case("RMSNorm", "model = nn.RMSNorm(8)", D2),
    case("RMSNorm", "model = nn.RMSNorm([3, 8], eps=1e-3, elementwise_affine=False)", D1, id="RMSNorm-eps"),
    case("LocalResponseNorm", "model = nn.LocalResponseNorm(2)", (Fl(2, 5, 4, 4),)),
    case("LocalResponseNorm", "model = nn.LocalResponseNorm(3, alpha=0.01, beta=0.5, k=2.0)", (Fl(2, 6, 7),),
         id="LocalResponseNorm-3d"),
    case("LocalResponseNorm", "model = nn.LocalResponseNorm(5, 1e-3)", (Fl(2, 7, 2, 3, 2),),
         id="LocalResponseNorm-5d"),
    case("CrossMapLRN2d", "model = nn.CrossMapLRN2d(5, alpha=0.01, beta=0.75, k=1)", (Fl(2, 9, 4, 4),)),
    case("CrossMapLRN2d", "model = nn.CrossMapLRN2d(4)", (Fl(1, 3, 2, 2),), id="CrossMapLRN2d-few-channels"),
    # ---- activations ---------------------------------------------------------------------------
    case("GELU", "model = nn.GELU()", D2),
    case("GELU", "model = nn.GELU(approximate='tanh')", D2, id="GELU-tanh"),
    case("GELU", "model = nn.GELU('none')", D2, id="GELU-positional"),
    case("SiLU", "model = nn.SiLU(inplace=True)", D2),
    case("Mish", "model = nn.Mish(True)", D2),
    case("Hardswish", "model = nn.Hardswish()", (U(-5, 5, 4, 50),)),
    case("Hardsigmoid", "model = nn.Hardsigmoid(inplace=True)", (U(-5, 5, 4, 50),)),
    case("Hardtanh", "model = nn.Hardtanh()", (U(-3, 3, 4, 50),)),
    case("Hardtanh", "model = nn.Hardtanh(-0.5, 2.0, True)", (U(-3, 3, 4, 50),), id="Hardtanh-positional"),
    case("Hardtanh", "model = nn.Hardtanh(min_value=-0.2, max_value=0.4)", (U(-3, 3, 4, 50),), id="Hardtanh-legacy"),
    case("ELU", "model = nn.ELU()", D2),
    case("ELU", "model = nn.ELU(0.3, inplace=True)", D2, id="ELU-alpha"),
    case("SELU", "model = nn.SELU(inplace=True)", D2),
    case("CELU", "model = nn.CELU(alpha=0.5)", D2),
    case("PReLU", "model = nn.PReLU()", D2),
    case("PReLU", "model = nn.PReLU(3, init=0.1)", D2, id="PReLU-channels"),
    case("PReLU", "model = nn.PReLU(num_parameters=5)", (Fl(4, 5),), id="PReLU-2d-input"),
    case("RReLU", "model = nn.RReLU()", D2),
    case("RReLU", "model = nn.RReLU(0.1, 0.3, True)", D2, id="RReLU-positional"),
    case("Softplus", "model = nn.Softplus()", (U(-30, 30, 4, 50),)),
    case("Softplus", "model = nn.Softplus(beta=2.0, threshold=5.0)", (U(-10, 10, 4, 50),), id="Softplus-beta"),
    case("Softsign", "model = nn.Softsign()", D2),
    case("Softshrink", "model = nn.Softshrink()", D2),
    case("Softshrink", "model = nn.Softshrink(lambd=1.0)", D2, id="Softshrink-lambd"),
    case("Hardshrink", "model = nn.Hardshrink(0.8)", D2),
    case("Tanhshrink", "model = nn.Tanhshrink()", D2),
    case("Threshold", "model = nn.Threshold(0.1, 20.0)", D2),
    case("Threshold", "model = nn.Threshold(threshold=-0.5, value=-3, inplace=True)", D2, id="Threshold-keywords"),
    case("LogSigmoid", "model = nn.LogSigmoid()", (U(-40, 40, 4, 50),)),
    case("LogSoftmax", "model = nn.LogSoftmax(dim=1)", D2),
    case("LogSoftmax", "model = nn.LogSoftmax(-1)", D2, id="LogSoftmax-negative-dim"),
    case("LogSoftmax", "model = nn.LogSoftmax()", D1, id="LogSoftmax-implicit-dim-3d"),
    case("LogSoftmax", "model = nn.LogSoftmax()", D2, id="LogSoftmax-implicit-dim-4d"),
    case("Softmin", "model = nn.Softmin(dim=-2)", D2),
    case("Softmin", "model = nn.Softmin()", (Fl(4, 5),), id="Softmin-implicit-dim"),
    case("Softmax2d", "model = nn.Softmax2d()", D2),
    case("Softmax2d", "model = nn.Softmax2d()", (Fl(3, 4, 5),), id="Softmax2d-3d"),
    case("GLU", "model = nn.GLU()", D2),
    case("GLU", "model = nn.GLU(dim=1)", (Fl(2, 4, 3),), id="GLU-dim"),
    # ---- pooling -------------------------------------------------------------------------------
    case("MaxPool1d", "model = nn.MaxPool1d(3, stride=2, padding=1)", D1),
    case("MaxPool1d", "model = nn.MaxPool1d(2)", (Fl(3, 9),), id="MaxPool1d-unbatched"),
    case("MaxPool1d", "model = nn.MaxPool1d(3, 3, 1, ceil_mode=True)", (Fl(2, 3, 5),), id="MaxPool1d-ceil-rule"),
    case("MaxPool1d", "model = nn.MaxPool1d(2, 1, 0, 3, True, False)", (Fl(2, 3, 9),), id="MaxPool1d-indices-dilation"),
    case("MaxPool3d", "model = nn.MaxPool3d(2)", D3),
    case("MaxPool3d", "model = nn.MaxPool3d((1, 3, 3), stride=(1, 2, 2), padding=(0, 1, 1), ceil_mode=True)", D3,
         id="MaxPool3d-ceil"),
    case("MaxPool3d", "model = nn.MaxPool3d(2, dilation=2, return_indices=True)", D3, id="MaxPool3d-indices"),
    case("AvgPool1d", "model = nn.AvgPool1d(3, stride=2, padding=1)", D1),
    case("AvgPool1d", "model = nn.AvgPool1d(3, 2, 1, True, False)", D1, id="AvgPool1d-ceil-no-pad-count"),
    case("AvgPool3d", "model = nn.AvgPool3d(2)", D3),
    case("AvgPool3d", "model = nn.AvgPool3d(3, 2, 1, ceil_mode=True, count_include_pad=True)", D3,
         id="AvgPool3d-ceil"),
    case("AvgPool3d", "model = nn.AvgPool3d((1, 2, 3), padding=(0, 1, 1), count_include_pad=False)", D3,
         id="AvgPool3d-count_include_pad"),
    case("AvgPool3d", "model = nn.AvgPool3d(2, divisor_override=3)", D3, id="AvgPool3d-divisor"),
    case("AdaptiveAvgPool1d", "model = nn.AdaptiveAvgPool1d(3)", D1),
    case("AdaptiveAvgPool1d", "model = nn.AdaptiveAvgPool1d(output_size=4)", (Fl(3, 8),), id="AdaptiveAvgPool1d-even"),
    case("AdaptiveAvgPool3d", "model = nn.AdaptiveAvgPool3d((2, None, 4))", D3),
    case("AdaptiveAvgPool3d", "model = nn.AdaptiveAvgPool3d(1)", D3, id="AdaptiveAvgPool3d-global"),
    case("AdaptiveMaxPool1d", "model = nn.AdaptiveMaxPool1d(3)", D1),
    case("AdaptiveMaxPool1d", "model = nn.AdaptiveMaxPool1d(5, return_indices=True)", D1,
         id="AdaptiveMaxPool1d-indices"),
    case("AdaptiveMaxPool3d", "model = nn.AdaptiveMaxPool3d((3, 2, None))", D3),
    case("AdaptiveMaxPool3d", "model = nn.AdaptiveMaxPool3d(2, True)", D3, id="AdaptiveMaxPool3d-indices"),
    case("LPPool1d", "model = nn.LPPool1d(2, 3, stride=2)", D1),
    case("LPPool1d", "model = nn.LPPool1d(1.5, 2, ceil_mode=True)", (U(0.1, 2, 2, 3, 7),), id="LPPool1d-ceil"),
    case("LPPool2d", "model = nn.LPPool2d(2, 3, stride=2)", D2),
    case("LPPool2d", "model = nn.LPPool2d(3, (2, 3))", (U(0.1, 2, 2, 3, 6, 6),), id="LPPool2d-tuple"),
    case("LPPool3d", "model = nn.LPPool3d(2, 2)", D3),
    case("MaxUnpool1d", net("self.pool = nn.MaxPool1d(2, return_indices=True)\nself.unpool = nn.MaxUnpool1d(2)",
                            "y, i = self.pool(x)\nreturn self.unpool(y, i)"), D1),
    case("MaxUnpool2d MaxPool2d", net("self.pool = nn.MaxPool2d(3, 2, 1, return_indices=True)\n"
                                      "self.unpool = nn.MaxUnpool2d(3, stride=2, padding=1)",
                                      "y, i = self.pool(x)\nreturn self.unpool(y, i, output_size=x.size())"),
         (Fl(2, 3, 8, 8),), id="MaxUnpool2d"),
    case("MaxUnpool3d", net("self.pool = nn.MaxPool3d(2, return_indices=True)\nself.unpool = nn.MaxUnpool3d(2)",
                            "y, i = self.pool(x)\nreturn self.unpool(y, i)"), (Fl(2, 3, 4, 6, 4),)),
    # ---- padding -------------------------------------------------------------------------------
    case("ZeroPad1d", "model = nn.ZeroPad1d((1, 2))", D1),
    case("ZeroPad2d", "model = nn.ZeroPad2d(2)", D2),
    case("ZeroPad2d", "model = nn.ZeroPad2d((1, 0, -1, 2))", D2, id="ZeroPad2d-negative"),
    case("ZeroPad3d", "model = nn.ZeroPad3d((1, 0, 0, 2, 1, 1))", D3),
    case("ConstantPad1d", "model = nn.ConstantPad1d(2, 3.5)", D1),
    case("ConstantPad2d", "model = nn.ConstantPad2d((1, 2, 0, 1), value=-1.0)", D2),
    case("ConstantPad3d", "model = nn.ConstantPad3d(1, 0.5)", D3),
    case("ReflectionPad1d", "model = nn.ReflectionPad1d((3, 1))", D1),
    case("ReflectionPad2d", "model = nn.ReflectionPad2d(2)", D2),
    case("ReflectionPad2d", "model = nn.ReflectionPad2d((1, 3, 2, 0))", (Fl(3, 5, 6),), id="ReflectionPad2d-tuple-3d"),
    case("ReflectionPad3d", "model = nn.ReflectionPad3d((1, 2, 0, 1, 2, 1))", D3),
    case("ReplicationPad1d", "model = nn.ReplicationPad1d(3)", D1),
    case("ReplicationPad2d", "model = nn.ReplicationPad2d((0, 2, 3, 1))", D2),
    case("ReplicationPad3d", "model = nn.ReplicationPad3d(2)", D3),
    case("CircularPad1d", "model = nn.CircularPad1d((2, 3))", D1),
    case("CircularPad2d", "model = nn.CircularPad2d(1)", D2),
    case("CircularPad3d", "model = nn.CircularPad3d((1, 1, 2, 0, 0, 3))", D3),
    # ---- resampling and reshaping --------------------------------------------------------------
    case("Upsample", "model = nn.Upsample(scale_factor=2)", (Fl(2, 3, 5, 6),)),
    case("Upsample", "model = nn.Upsample(size=(7, 9))", (Fl(2, 3, 5, 6),), id="Upsample-nearest-size"),
    case("Upsample", "model = nn.Upsample(scale_factor=1.7, mode='nearest')", (Fl(2, 3, 5, 6),),
         id="Upsample-nearest-float-scale"),
    case("Upsample", "model = nn.Upsample(size=11, mode='nearest-exact')", (Fl(2, 3, 5, 6),),
         id="Upsample-nearest-exact"),
    case("Upsample", "model = nn.Upsample(scale_factor=2, mode='bilinear')", (Fl(2, 3, 5, 6),), id="Upsample-bilinear"),
    case("Upsample", "model = nn.Upsample(scale_factor=1.5, mode='bilinear', align_corners=True)", (Fl(2, 3, 5, 6),),
         id="Upsample-bilinear-align"),
    case("Upsample", "model = nn.Upsample(None, (1.3, 2.6), 'bilinear', False, True)", (Fl(2, 3, 5, 6),),
         id="Upsample-bilinear-recompute"),
    case("Upsample", "model = nn.Upsample(size=(3, 4), mode='bilinear')", (Fl(2, 3, 5, 6),), id="Upsample-downsample"),
    case("Upsample", "model = nn.Upsample(scale_factor=2.5, mode='bicubic')", (Fl(2, 3, 5, 6),), id="Upsample-bicubic"),
    case("Upsample", "model = nn.Upsample(size=(8, 3), mode='bicubic', align_corners=True)", (Fl(2, 3, 5, 6),),
         id="Upsample-bicubic-align"),
    case("Upsample", "model = nn.Upsample(scale_factor=3, mode='linear')", D1, id="Upsample-linear"),
    case("Upsample", "model = nn.Upsample(size=(5, 3, 9), mode='trilinear', align_corners=True)", D3,
         id="Upsample-trilinear"),
    case("Upsample", "model = nn.Upsample(size=(3, 4), mode='area')", (Fl(2, 3, 7, 8),), id="Upsample-area"),
    case("UpsamplingNearest2d", "model = nn.UpsamplingNearest2d(scale_factor=2)", (Fl(2, 3, 5, 6),)),
    case("UpsamplingNearest2d", "model = nn.UpsamplingNearest2d(size=(8, 7))", (Fl(2, 3, 5, 6),),
         id="UpsamplingNearest2d-size"),
    case("UpsamplingBilinear2d", "model = nn.UpsamplingBilinear2d(scale_factor=2)", (Fl(2, 3, 5, 6),)),
    case("UpsamplingBilinear2d", "model = nn.UpsamplingBilinear2d((4, 9))", (Fl(2, 3, 5, 6),),
         id="UpsamplingBilinear2d-size"),
    case("PixelShuffle", "model = nn.PixelShuffle(2)", (Fl(2, 12, 3, 4),)),
    case("PixelShuffle", "model = nn.PixelShuffle(upscale_factor=3)", (Fl(2, 2, 9, 3, 2),), id="PixelShuffle-5d"),
    case("PixelUnshuffle", "model = nn.PixelUnshuffle(2)", (Fl(2, 3, 4, 6),)),
    case("PixelUnshuffle", "model = nn.PixelUnshuffle(downscale_factor=3)", (Fl(3, 6, 9),), id="PixelUnshuffle-3d"),
    case("ChannelShuffle", "model = nn.ChannelShuffle(3)", (Fl(2, 6, 4, 4),)),
    case("ChannelShuffle", "model = nn.ChannelShuffle(groups=2)", (Fl(2, 4, 5),), id="ChannelShuffle-3d"),
    case("Unflatten", "model = nn.Unflatten(1, (2, 4))", (Fl(3, 8, 5),)),
    case("Unflatten", "model = nn.Unflatten(dim=-1, unflattened_size=[2, -1])", (Fl(3, 8),), id="Unflatten-negative"),
    # ---- dropout variants (eval: identity; training is checked below) --------------------------
    case("Dropout1d", "model = nn.Dropout1d(0.3, inplace=True)", D1),
    case("Dropout3d", "model = nn.Dropout3d()", D3),
    case("AlphaDropout", "model = nn.AlphaDropout(p=0.2)", D2),
    case("FeatureAlphaDropout", "model = nn.FeatureAlphaDropout(0.4)", D2),
    # ---- containers and parameters -------------------------------------------------------------
    case("ModuleDict", net("self.layers = nn.ModuleDict({'conv': nn.Conv2d(3, 4, 1), 'act': nn.ReLU()})\n"
                           "self.layers['head'] = nn.Conv2d(4, 2, 1)",
                           "for name in self.layers:\n    x = self.layers[name](x)\n"
                           "return x * len(self.layers) + float('act' in self.layers)"), D2),
    case("ModuleDict", net("self.d = nn.ModuleDict()\nself.d.update([('a', nn.Linear(3, 4)), ('b', nn.Linear(4, 2))])",
                           "for key, layer in self.d.items():\n    x = layer(x)\nreturn x"), (Fl(2, 3),),
         id="ModuleDict-update-items"),
    case("ParameterList Parameter", net(
        "lin = nn.Linear(3, 4)\nlin2 = nn.Linear(1, 3)\n"
        "self.ps = nn.ParameterList([nn.Parameter(lin.weight * 2), nn.Parameter(lin2.bias * 1)])\n"
        "self.ps.append(nn.Parameter(lin2.bias * 3, requires_grad=False))",
        "y = x @ self.ps[0]\nfor p in self.ps[1:]:\n    y = y + p\nreturn y * len(self.ps)"), (Fl(2, 4),)),
    case("ParameterDict Parameter", net(
        "lin = nn.Linear(1, 3)\n"
        "self.pd = nn.ParameterDict({'scale': nn.Parameter(lin.weight[:, 0] * 1)})\n"
        "self.pd['shift'] = nn.Parameter(lin.bias * 1)",
        "for key in self.pd:\n    x = x + self.pd[key] * float('scale' in self.pd)\nreturn x * self.pd['scale']"),
         (Fl(2, 3),)),
    case("DataParallel", "model = nn.DataParallel(nn.Sequential(nn.Conv2d(3, 4, 3), nn.ReLU()), device_ids=None)", D2),
    # ---- linear-like layers, distances, embeddings --------------------------------------------
    case("Bilinear", "model = nn.Bilinear(4, 5, 3)", (Fl(6, 4), Fl(6, 5))),
    case("Bilinear", "model = nn.Bilinear(4, 5, 3, bias=False)", (Fl(2, 6, 4), Fl(2, 6, 5)), id="Bilinear-batch-dims"),
    case("CosineSimilarity", "model = nn.CosineSimilarity()", (Fl(4, 5, 3), Fl(4, 5, 3))),
    case("CosineSimilarity", "model = nn.CosineSimilarity(dim=-1, eps=1e-6)", (Fl(4, 5), Fl(1, 5)),
         id="CosineSimilarity-broadcast"),
    case("PairwiseDistance", "model = nn.PairwiseDistance()", PAIR),
    case("PairwiseDistance", "model = nn.PairwiseDistance(p=1.0, eps=1e-3, keepdim=True)", PAIR,
         id="PairwiseDistance-p1"),
    case("PairwiseDistance", "model = nn.PairwiseDistance(3)", PAIR, id="PairwiseDistance-p3"),
    case("PairwiseDistance", "model = nn.PairwiseDistance(float('inf'))", PAIR, id="PairwiseDistance-inf"),
    case("Embedding", "model = nn.Embedding(10, 4)", (I(10, 3, 5),)),
    case("Embedding", "model = nn.Embedding(10, 4, padding_idx=-2, sparse=True)", (I(10, 3, 5),),
         id="Embedding-padding"),
    case("Embedding", "model = nn.Embedding(10, 4, max_norm=1.0, norm_type=2.0)", (I(10, 3, 5),),
         id="Embedding-max_norm"),
    case("torch.nn.Embedding.from_pretrained", net("pass", "return nn.Embedding.from_pretrained(w, padding_idx=1)(i)",
                                                   "i, w"), (I(6, 2, 3), Fl(6, 4))),
    case("EmbeddingBag", "model = nn.EmbeddingBag(10, 3)", (I(10, 4, 5),)),
    case("EmbeddingBag", "model = nn.EmbeddingBag(10, 3, mode='max', padding_idx=0)", (I(4, 4, 5),),
         id="EmbeddingBag-max-padding"),
    case("EmbeddingBag", net("self.bag = nn.EmbeddingBag(10, 3, mode='sum', padding_idx=2)",
                             "return self.bag(i, per_sample_weights=w)", "i, w"), (I(5, 4, 5), Fl(4, 5)),
         id="EmbeddingBag-sum-weights"),
    case("EmbeddingBag", net("self.bag = nn.EmbeddingBag(10, 3)", "return self.bag(i, o)", "i, o"),
         (I(10, 7), V([0, 2, 2, 5], "int64")), id="EmbeddingBag-offsets"),
    case("EmbeddingBag", net("self.bag = nn.EmbeddingBag(10, 3, mode='max', include_last_offset=True)",
                             "return self.bag(i, o)", "i, o"),
         (I(10, 7), V([0, 3, 7], "int64")), id="EmbeddingBag-include_last_offset"),
    case("torch.nn.EmbeddingBag.from_pretrained",
         net("pass", "return nn.EmbeddingBag.from_pretrained(w, mode='sum')(i)", "i, w"), (I(6, 2, 3), Fl(6, 4))),
    # ---- losses --------------------------------------------------------------------------------
    case("L1Loss", "model = nn.L1Loss()", PAIR),
    case("L1Loss", "model = nn.L1Loss(reduction='none')", PAIR, id="L1Loss-none"),
    case("L1Loss", "model = nn.L1Loss(size_average=False)", PAIR, id="L1Loss-legacy-sum"),
    case("MSELoss", "model = nn.MSELoss(reduction='sum')", PAIR),
    case("MSELoss", "model = nn.MSELoss(None, False)", PAIR, id="MSELoss-legacy-none"),
    case("SmoothL1Loss", "model = nn.SmoothL1Loss(beta=0.5)", PAIR),
    case("SmoothL1Loss", "model = nn.SmoothL1Loss(reduction='none', beta=0.0)", PAIR, id="SmoothL1Loss-beta0"),
    case("HuberLoss", "model = nn.HuberLoss(delta=0.7)", PAIR),
    case("HuberLoss", "model = nn.HuberLoss('none')", PAIR, id="HuberLoss-none"),
    case("SoftMarginLoss", "model = nn.SoftMarginLoss()", (Fl(4, 5), Sign(4, 5))),
    case("BCELoss", "model = nn.BCELoss()", (U(0.01, 0.99, 4, 5), U(0, 1, 4, 5))),
    case("BCELoss", net("pass", "return nn.BCELoss(weight=w, reduction='none')(x, t)", "x, t, w"),
         (V([[0.0, 1.0, 0.5]], "float32"), V([[1.0, 0.0, 0.5]], "float32"), U(0.5, 2, 3)), id="BCELoss-clamp-weight"),
    case("BCEWithLogitsLoss", "model = nn.BCEWithLogitsLoss()", (Fl(4, 5), U(0, 1, 4, 5))),
    case("BCEWithLogitsLoss", net("pass", "return nn.BCEWithLogitsLoss(w, reduction='sum', pos_weight=p)(x, t)",
                                  "x, t, w, p"), (Fl(4, 5), Bin(4, 5), U(0.5, 2, 5), U(0.5, 3, 5)),
         id="BCEWithLogitsLoss-weights"),
    case("NLLLoss", "model = nn.NLLLoss()", (Fl(6, 5), I(5, 6))),
    case("NLLLoss", net("pass", "return nn.NLLLoss(weight=w, ignore_index=2)(x, t)", "x, t, w"),
         (Fl(8, 5), I(5, 8), U(0.5, 2, 5)), id="NLLLoss-weight-ignore"),
    case("NLLLoss", "model = nn.NLLLoss(reduction='none')", (Fl(2, 5, 3, 4), I(5, 2, 3, 4)), id="NLLLoss-spatial"),
    case("NLLLoss2d", "model = nn.NLLLoss2d(ignore_index=0, reduction='sum')", (Fl(2, 5, 3, 4), I(5, 2, 3, 4))),
    case("CrossEntropyLoss", "model = nn.CrossEntropyLoss()", (Fl(6, 5), I(5, 6))),
    case("CrossEntropyLoss", net("pass", "return nn.CrossEntropyLoss(w, ignore_index=1)(x, t)", "x, t, w"),
         (Fl(8, 5), I(5, 8), U(0.5, 2, 5)), id="CrossEntropyLoss-weight-ignore"),
    case("CrossEntropyLoss", "model = nn.CrossEntropyLoss(label_smoothing=0.1)", (Fl(6, 5), I(5, 6)),
         id="CrossEntropyLoss-smoothing"),
    case("CrossEntropyLoss",
         net("pass", "return nn.CrossEntropyLoss(weight=w, ignore_index=3, label_smoothing=0.2)(x, t)", "x, t, w"),
         (Fl(8, 5), I(5, 8), U(0.5, 2, 5)), id="CrossEntropyLoss-smoothing-weight-ignore"),
    case("CrossEntropyLoss", "model = nn.CrossEntropyLoss(reduction='none', label_smoothing=0.3, ignore_index=0)",
         (Fl(2, 5, 3, 4), I(5, 2, 3, 4)), id="CrossEntropyLoss-spatial-none"),
    case("CrossEntropyLoss", "model = nn.CrossEntropyLoss(reduction='sum', label_smoothing=0.1)",
         (Fl(2, 5, 3, 4), I(5, 2, 3, 4)), id="CrossEntropyLoss-spatial-sum"),
    case("CrossEntropyLoss", "model = nn.CrossEntropyLoss(label_smoothing=0.2)", (Fl(6, 5), U(0, 1, 6, 5)),
         id="CrossEntropyLoss-probabilities"),
    case("CrossEntropyLoss", net("pass", "return nn.CrossEntropyLoss(weight=w, reduction='none')(x, t)", "x, t, w"),
         (Fl(2, 5, 3), U(0, 1, 2, 5, 3), U(0.5, 2, 5)), id="CrossEntropyLoss-probabilities-weight"),
    case("KLDivLoss", "model = nn.KLDivLoss(reduction='batchmean')",
         (Fl(4, 5), V([[0, .2, .3, .5, 0]] * 4, "float32"))),
    case("KLDivLoss", "model = nn.KLDivLoss(reduction='none', log_target=True)", PAIR, id="KLDivLoss-log-target"),
    case("KLDivLoss", "model = nn.KLDivLoss()", (Fl(4, 5), U(0, 1, 4, 5)), id="KLDivLoss-mean"),
    case("MarginRankingLoss", "model = nn.MarginRankingLoss(margin=0.3)", (Fl(6), Fl(6), Sign(6))),
    case("HingeEmbeddingLoss", "model = nn.HingeEmbeddingLoss(margin=0.5, reduction='none')", (Fl(4, 5), Sign(4, 5))),
    case("HingeEmbeddingLoss", "model = nn.HingeEmbeddingLoss()", (Fl(4, 5), Sign(4, 5)), id="HingeEmbeddingLoss-mean"),
    case("CosineEmbeddingLoss", "model = nn.CosineEmbeddingLoss(margin=0.2)", (Fl(4, 5), Fl(4, 5), Sign(4))),
    case("CosineEmbeddingLoss", "model = nn.CosineEmbeddingLoss(reduction='none')", (Fl(4, 5), Fl(4, 5), Sign(4)),
         id="CosineEmbeddingLoss-none"),
    case("MultiLabelSoftMarginLoss", "model = nn.MultiLabelSoftMarginLoss()", (Fl(4, 5), Bin(4, 5))),
    case("MultiLabelSoftMarginLoss",
         net("pass", "return nn.MultiLabelSoftMarginLoss(weight=w, reduction='none')(x, t)", "x, t, w"),
         (Fl(4, 5), Bin(4, 5), U(0.5, 2, 5)), id="MultiLabelSoftMarginLoss-weight"),
    case("MultiMarginLoss", "model = nn.MultiMarginLoss()", (Fl(6, 5), I(5, 6))),
    case("MultiMarginLoss", net("pass", "return nn.MultiMarginLoss(p=2, margin=0.5, weight=w, reduction='none')(x, t)",
                                "x, t, w"), (Fl(6, 5), I(5, 6), U(0.5, 2, 5)), id="MultiMarginLoss-p2-weight"),
    case("MultiLabelMarginLoss", "model = nn.MultiLabelMarginLoss()",
         (Fl(3, 5), V([[3, 0, -1, 1, 1], [0, 1, 2, 3, 4], [-1, 2, 2, 2, 2]], "int64"))),
    case("MultiLabelMarginLoss", "model = nn.MultiLabelMarginLoss(reduction='none')",
         (Fl(3, 4), V([[1, -1, 0, 0], [2, 3, -1, 0], [0, 0, 1, -1]], "int64")), id="MultiLabelMarginLoss-none"),
    case("TripletMarginLoss", "model = nn.TripletMarginLoss()", (Fl(4, 6), Fl(4, 6), Fl(4, 6))),
    case("TripletMarginLoss", "model = nn.TripletMarginLoss(margin=0.5, p=1.0, swap=True, reduction='none')",
         (Fl(4, 6), Fl(4, 6), Fl(4, 6)), id="TripletMarginLoss-swap"),
    case("TripletMarginWithDistanceLoss", "model = nn.TripletMarginWithDistanceLoss()", (Fl(4, 6), Fl(4, 6), Fl(4, 6))),
    case("TripletMarginWithDistanceLoss",
         "model = nn.TripletMarginWithDistanceLoss(distance_function=nn.PairwiseDistance(p=1.0), margin=2.0,"
         " swap=True, reduction='sum')", (Fl(4, 6), Fl(4, 6), Fl(4, 6)), id="TripletMarginWithDistanceLoss-custom"),
    case("PoissonNLLLoss", "model = nn.PoissonNLLLoss()", (Fl(4, 5), U(0, 5, 4, 5))),
    case("PoissonNLLLoss", "model = nn.PoissonNLLLoss(log_input=False, full=True, reduction='none')",
         (U(0.1, 3, 4, 5), U(0, 5, 4, 5)), id="PoissonNLLLoss-full"),
    case("GaussianNLLLoss", "model = nn.GaussianNLLLoss()", (Fl(4, 5), Fl(4, 5), U(0.1, 2, 4, 5))),
    case("GaussianNLLLoss", "model = nn.GaussianNLLLoss(full=True, eps=1e-3, reduction='none')",
         (Fl(4, 5), Fl(4, 5), U(0, 2e-3, 4)), id="GaussianNLLLoss-full-clamp"),
    case("GaussianNLLLoss", "model = nn.GaussianNLLLoss(reduction='sum')", (Fl(4, 5), Fl(4, 5), U(0.1, 2, 4, 1)),
         id="GaussianNLLLoss-var-column"),
    case("CTCLoss", net("self.ls = nn.LogSoftmax(2)\nself.ctc = nn.CTCLoss()", "return self.ctc(self.ls(x), t, il, tl)",
                    "x, t, il, tl"),
         (Fl(12, 2, 5), I(5, 2, 4, low=1), V([12, 10], "int64"), V([4, 3], "int64")), atol=1e-4),
    case("CTCLoss", net("self.ls = nn.LogSoftmax(2)\n"
                        "self.ctc = nn.CTCLoss(blank=4, reduction='none', zero_infinity=True)",
                        "return self.ctc(self.ls(x), t, il, tl)", "x, t, il, tl"),
         (Fl(6, 2, 5), I(4, 7), V([6, 3], "int64"), V([3, 4], "int64")), atol=1e-4, id="CTCLoss-concatenated-inf"),
    case("CTCLoss", net("self.ls = nn.LogSoftmax(2)\nself.ctc = nn.CTCLoss(reduction='none')",
                        "return self.ctc(self.ls(x), t, il, tl)", "x, t, il, tl"),
         (Fl(6, 2, 5), I(5, 2, 4, low=1), V([6, 2], "int64"), V([3, 4], "int64")), atol=1e-4, id="CTCLoss-inf"),
    case("CTCLoss", net("self.ls = nn.LogSoftmax(2)\nself.ctc = nn.CTCLoss(reduction='sum')",
                        "return self.ctc(self.ls(x), t, il, tl)", "x, t, il, tl"),
         (Fl(10, 3, 6), I(6, 3, 5, low=1), V([10, 9, 8], "int64"), V([5, 2, 1], "int64")), atol=1e-4, id="CTCLoss-sum"),
    # ---- recurrent layers ----------------------------------------------------------------------
    case("RNN", "model = nn.RNN(3, 4)", (Fl(5, 2, 3),)),
    case("RNN", "model = nn.RNN(3, 4, 2, 'relu', False, True, 0.0, True)", (Fl(2, 5, 3),), id="RNN-positional"),
    case("RNN", net("self.rnn = nn.RNN(3, 4, num_layers=2, nonlinearity='tanh')", "return self.rnn(x, h)", "x, h"),
         (Fl(5, 3), Fl(2, 4)), id="RNN-unbatched-h0"),
    case("LSTM", "model = nn.LSTM(3, 4)", (Fl(5, 2, 3),)),
    case("LSTM", "model = nn.LSTM(3, 4, 2, batch_first=True, bidirectional=True, dropout=0.3)", (Fl(2, 5, 3),),
         id="LSTM-bidirectional-batch_first"),
    case("LSTM", "model = nn.LSTM(3, 5, num_layers=2, proj_size=2, bias=False)", (Fl(5, 2, 3),), id="LSTM-proj"),
    case("LSTM", net("self.lstm = nn.LSTM(3, 4)\nself.lstm.flatten_parameters()", "return self.lstm(x, (h, c))",
                     "x, h, c"), (Fl(5, 2, 3), Fl(1, 2, 4), Fl(1, 2, 4)), id="LSTM-hx"),
    case("GRU", "model = nn.GRU(3, 4)", (Fl(5, 2, 3),)),
    case("GRU", "model = nn.GRU(3, 4, 3, True, True, 0.0, True)", (Fl(2, 5, 3),), id="GRU-positional"),
    case("GRU", "model = nn.GRU(3, 4, bidirectional=True)", (Fl(5, 3),), id="GRU-unbatched"),
    case("RNNBase", net("self.rnn = nn.GRU(3, 4, 2)\nself.base = nn.RNNBase('LSTM', 3, 4, proj_size=2)",
                        "y, h = self.rnn(x)\n"
                        "return y * float(isinstance(self.rnn, nn.RNNBase) and isinstance(self.base, nn.RNNBase))"),
         (Fl(5, 2, 3),)),
    case("RNNCellBase", net("self.cell = nn.LSTMCell(3, 4)\nself.base = nn.RNNCellBase(3, 4, False, 2)",
                            "h, c = self.cell(x)\n"
                            "return h * float(isinstance(self.cell, nn.RNNCellBase) and"
                            " isinstance(self.base, nn.RNNCellBase))"), (Fl(2, 3),)),
    case("RNNCell", "model = nn.RNNCell(3, 4)", (Fl(2, 3),)),
    case("RNNCell", net("self.cell = nn.RNNCell(3, 4, False, 'relu')", "return self.cell(x, h)", "x, h"),
         (Fl(3), Fl(4)), id="RNNCell-unbatched"),
    case("LSTMCell", "model = nn.LSTMCell(3, 4)", (Fl(2, 3),)),
    case("LSTMCell", net("self.cell = nn.LSTMCell(3, 4, bias=False)", "return self.cell(x, (h, c))", "x, h, c"),
         (Fl(2, 3), Fl(2, 4), Fl(2, 4)), id="LSTMCell-hx"),
    case("GRUCell", "model = nn.GRUCell(3, 4)", (Fl(2, 3),)),
    case("GRUCell", net("self.cell = nn.GRUCell(3, 4)", "return self.cell(x, h)", "x, h"), (Fl(3), Fl(4)),
         id="GRUCell-unbatched"),
    # ---- attention and transformers ------------------------------------------------------------
    case("MultiheadAttention", net("self.mha = nn.MultiheadAttention(8, 2)", "return self.mha(q, k, v)", "q, k, v"),
         (Fl(5, 2, 8), Fl(6, 2, 8), Fl(6, 2, 8))),
    case("MultiheadAttention", net("self.mha = nn.MultiheadAttention(8, 4, batch_first=True)",
                                   "return self.mha(x, x, x, key_padding_mask=m, need_weights=False)", "x, m"),
         (Fl(2, 5, 8), V([[False, True, False, False, True], [False] * 5])), id="MultiheadAttention-padding-mask"),
    case("MultiheadAttention", net("self.mha = nn.MultiheadAttention(8, 2, bias=False, kdim=6, vdim=4)",
                                   "return self.mha(q, k, v, attn_mask=a, average_attn_weights=False)", "q, k, v, a"),
         (Fl(5, 2, 8), Fl(6, 2, 6), Fl(6, 2, 4), Fl(5, 6)), id="MultiheadAttention-kdim-float-mask"),
    case("MultiheadAttention", net("self.mha = nn.MultiheadAttention(8, 2, 0.0, True, True, True)",
                                   "return self.mha(q, k, v, m, True, a)", "q, k, v, m, a"),
         (Fl(5, 2, 8), Fl(6, 2, 8), Fl(6, 2, 8), V([[False, True, False, False, False, True], [False] * 6]),
          V(np.triu(np.ones((5, 6), bool), 2))), id="MultiheadAttention-bias-kv-zero-attn"),
    case("MultiheadAttention", net("self.mha = nn.MultiheadAttention(8, 2, batch_first=True)",
                                   "return self.mha(x, x, x, attn_mask=a)", "x, a"),
         (Fl(5, 8), Fl(5, 5)), id="MultiheadAttention-unbatched"),
    case("MultiheadAttention torch.nn.Transformer.generate_square_subsequent_mask",
         net("self.mha = nn.MultiheadAttention(8, 2)",
             "mask = nn.Transformer.generate_square_subsequent_mask(5)\n"
             "return self.mha(x, x, x, attn_mask=mask, need_weights=False, is_causal=True)"), (Fl(5, 2, 8),),
         id="MultiheadAttention-causal"),
    case("MultiheadAttention", net("self.mha = nn.MultiheadAttention(8, 2)", "return self.mha(x, x, x, attn_mask=a)",
                                   "x, a"), (Fl(5, 3, 8), Bool(6, 5, 5, p=0.2)), id="MultiheadAttention-3d-mask"),
    case("TransformerEncoderLayer", "model = nn.TransformerEncoderLayer(8, 2, dim_feedforward=16)", (Fl(5, 2, 8),)),
    case("TransformerEncoderLayer",
         net("self.layer = nn.TransformerEncoderLayer(8, 2, 16, 0.1, 'gelu', 1e-3, True, True)",
             "return self.layer(x, src_key_padding_mask=m)", "x, m"),
         (Fl(2, 5, 8), V([[False, False, False, True, True], [False] * 5])), id="TransformerEncoderLayer-norm-first"),
    case("TransformerEncoderLayer",
         net("self.layer = nn.TransformerEncoderLayer(8, 2, 16, activation=nn.GELU(), batch_first=True, bias=False)",
             "return self.layer(x, src_mask=a)", "x, a"), (Fl(2, 5, 8), Fl(5, 5)),
         id="TransformerEncoderLayer-module-activation"),
    case("TransformerEncoder",
         net("layer = nn.TransformerEncoderLayer(8, 2, 16, batch_first=True)\n"
             "self.enc = nn.TransformerEncoder(layer, 2, norm=nn.LayerNorm(8))",
             "return self.enc(x, src_key_padding_mask=m)", "x, m"),
         (Fl(2, 5, 8), V([[False, False, False, True, True], [False] * 5])), id="TransformerEncoder-nested-padding"),
    case("TransformerEncoderLayer",
         net("self.layer = nn.TransformerEncoderLayer(8, 2, 16, batch_first=True)",
             "return self.layer(x, src_key_padding_mask=m)", "x, m"),
         (Fl(2, 5, 8), V([[False, False, False, True, True], [False] * 5])), id="TransformerEncoderLayer-fast-path"),
    case("TransformerEncoder",
         net("layer = nn.TransformerEncoderLayer(8, 4, 16, activation=F.relu, batch_first=True)\n"
             "self.enc = nn.TransformerEncoder(layer, 1)", "return self.enc(x, src_key_padding_mask=m)", "x, m"),
         (Fl(2, 5, 8), V([[False, False, True, True, True], [False] * 5])), id="TransformerEncoder-F.relu-nested"),
    case("TransformerEncoder",
         net("layer = nn.TransformerEncoderLayer(8, 2, 16)\nself.enc = nn.TransformerEncoder(layer, num_layers=2)",
             "return self.enc(x, mask=nn.Transformer.generate_square_subsequent_mask(5))"), (Fl(5, 2, 8),),
         id="TransformerEncoder-causal"),
    case("TransformerEncoder",
         net("layer = nn.TransformerEncoderLayer(8, 2, 16, batch_first=True)\n"
             "self.enc = nn.TransformerEncoder(layer, 1, enable_nested_tensor=False)",
             "return self.enc(x, src_key_padding_mask=m)", "x, m"),
         (Fl(2, 5, 8), V([[False, False, False, True, True], [False] * 5])), id="TransformerEncoder-no-nested"),
    case("TransformerDecoderLayer", net("self.layer = nn.TransformerDecoderLayer(8, 2, 16)",
                                        "return self.layer(t, m)", "t, m"), (Fl(4, 2, 8), Fl(5, 2, 8))),
    case("TransformerDecoderLayer",
         net("self.layer = nn.TransformerDecoderLayer(8, 2, 16, norm_first=True, batch_first=True, activation='gelu')",
             "return self.layer(t, m, tgt_mask=a, memory_key_padding_mask=p)", "t, m, a, p"),
         (Fl(2, 4, 8), Fl(2, 5, 8), Bool(4, 4, p=0.2), V([[False, True, False, False, False], [False] * 5])),
         id="TransformerDecoderLayer-masks"),
    case("TransformerDecoder",
         net("layer = nn.TransformerDecoderLayer(8, 2, 16)\n"
             "self.dec = nn.TransformerDecoder(layer, 2, norm=nn.LayerNorm(8))",
             "return self.dec(t, m, tgt_mask=nn.Transformer.generate_square_subsequent_mask(4))", "t, m"),
         (Fl(4, 2, 8), Fl(5, 2, 8))),
    case("Transformer", "model = nn.Transformer(8, 2, 2, 1, 16)", (Fl(5, 2, 8), Fl(4, 2, 8))),
    case("Transformer",
         net("self.t = nn.Transformer(d_model=8, nhead=2, num_encoder_layers=1, num_decoder_layers=2,"
             " dim_feedforward=16, batch_first=True)",
             "return self.t(s, t, tgt_mask=self.t.generate_square_subsequent_mask(4), src_key_padding_mask=p,"
             " memory_key_padding_mask=p)", "s, t, p"),
         (Fl(2, 5, 8), Fl(2, 4, 8), V([[False, False, False, False, True], [False] * 5])), id="Transformer-masks"),
]


@pytest.mark.parametrize("covers, code, inputs, atol, rtol, train", CASES)
def test_layer_entry(torch, jittor, covers, code, inputs, atol, rtol, train):
    both = run_both(code, inputs, entry="model", train=train)
    assert_same(both.expected, both.actual, atol, rtol, "output")
    if train:  # running statistics updated as PyTorch updates them
        assert_same_state(both.pytorch, both.jittor, atol, rtol)


BROKEN_CALL_SHAPES = {}

CALL_SHAPE_CASES = shape_cases(CASES, broken=BROKEN_CALL_SHAPES)


@pytest.mark.parametrize("key, code, inputs, atol, rtol, train", CALL_SHAPE_CASES)
def test_layer_call_shape(torch, jittor, key, code, inputs, atol, rtol, train):
    check_call_shape(code, inputs, atol, rtol, entry="model", train=train, covers=[key])


# --- invalid arguments: the layers raise what PyTorch raises -------------------------------------
@pytest.mark.parametrize("code, inputs", [
    ("model = nn.MaxPool1d(3, padding=2)", D1),
    ("model = nn.MaxPool3d(2, padding=2)", D3),
    ("model = nn.AvgPool1d(4, padding=3)", D1),
    ("model = nn.AvgPool3d(2, padding=2)", D3),
    ("model = nn.MaxPool1d(9)", D1),
    ("model = nn.NLLLoss(reduction='bad')", (Fl(4, 5), I(5, 4))),
    ("model = nn.CrossEntropyLoss(reduction='bad')", (Fl(4, 5), I(5, 4))),
    ("model = nn.L1Loss(reduction='bad')", PAIR),
    ("model = nn.Upsample(size=[4])", D2),
    ("model = nn.GaussianNLLLoss()", (Fl(4, 5), Fl(4, 5), U(0.1, 1, 4, 3))),
    ("model = nn.ReflectionPad1d(3)", (Fl(1, 2, 3),)),
    ("model = nn.CircularPad1d(4)", (Fl(1, 2, 3),)),
    ("model = nn.GLU(1)", (Fl(2, 5),)),
    ("model = nn.PReLU(3)", (Fl(3),)),
], ids=lambda v: v if isinstance(v, str) else "")
def test_invalid_arguments_raise_as_in_pytorch(torch, jittor, code, inputs):
    assert_same_error(code, inputs, entry="model")


# --- training-mode randomness: compare the structure both frameworks produce -------------------
def _train_outputs(torch, jittor, code, x):
    source = HEADER + code + "\n"
    pt_model = exec_code(source, "case_pt.py")["model"].train()
    jt_model = exec_code(convert_checked(source), "case_jt.py")["model"]
    jt_model.train()
    pt = to_numpy(pt_model(torch.from_numpy(x.copy())))
    jt = to_numpy(jt_model(jittor.array(x)))
    assert pt.shape == jt.shape and pt.dtype == jt.dtype
    return pt, jt


@pytest.mark.parametrize("code, shape", [
    ("model = nn.Dropout1d(0.5)", (8, 16, 6)),
    ("model = nn.Dropout1d(p=0.5)", (16, 6)),
    ("model = nn.Dropout3d(0.5)", (4, 16, 2, 3, 2)),
])
def test_feature_dropout_training(torch, jittor, code, shape):
    x = np.ones(shape, dtype="float32")
    for out in _train_outputs(torch, jittor, code, x):
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
    pt, jt = _train_outputs(torch, jittor, code, x)
    np.testing.assert_allclose(np.unique(jt), np.unique(pt), rtol=1e-6)  # the kept and the dropped value
    assert len(np.unique(jt)) == 2
    if per_channel:
        flat = jt.reshape(shape[:2] + (-1,))
        assert (flat.min(-1) == flat.max(-1)).all()


def test_rrelu_training_slopes(torch, jittor):
    x = -np.ones((64, 64), dtype="float32")
    for out in _train_outputs(torch, jittor, "model = nn.RReLU(0.1, 0.3)", x):
        slopes = -out
        assert slopes.min() >= 0.1 - 1e-6 and slopes.max() <= 0.3 + 1e-6 and slopes.std() > 0.03


def test_transformer_encoder_with_gradients_keeps_padded_positions(torch, jittor):
    """With autograd on, PyTorch skips its nested-tensor path: padded positions are computed, not zeroed."""
    code = net("layer = nn.TransformerEncoderLayer(8, 2, 16, batch_first=True)\n"
               "self.enc = nn.TransformerEncoder(layer, 2)", "return self.enc(x, src_key_padding_mask=m)", "x, m")
    source = HEADER + code + "\n"
    torch.manual_seed(0)
    pt_model = exec_code(source, "case_pt.py")["model"].eval()
    jt_model = exec_code(convert_checked(source), "case_jt.py")["model"]
    jt_model.eval()
    jt_model.load_parameters(pt_model.state_dict())
    x = make_input("f2,5,8")
    m = np.array([[False, False, False, True, True], [False] * 5])
    expected = pt_model(to_torch(x), to_torch(m)).detach()
    actual = jt_model(to_jittor(x), to_jittor(m))
    assert expected[0, 3:].abs().min() > 0  # not zeroed
    assert_same(expected, actual, atol=1e-5, rtol=1e-4)


def test_embedding_padding_row_gets_no_gradient(torch, jittor):
    code = "model = nn.Embedding(6, 3, padding_idx=2)"
    source = HEADER + code + "\n"
    jt_model = exec_code(convert_checked(source), "case_jt.py")["model"]
    idx = jittor.array(np.array([[2, 1], [2, 0]]))
    grad = jittor.grad(jt_model(idx).sum(), jt_model.weight)
    torch.manual_seed(0)
    pt_model = exec_code(source, "case_pt.py")["model"]
    pt_model(torch.tensor([[2, 1], [2, 0]])).sum().backward()
    assert_same(pt_model.weight.grad, grad, atol=0, rtol=0)


UNSUPPORTED = {k: v for k, v in UNSUPPORTED_REASONS.items() if k.startswith("torch.nn.") and not k.startswith("torch.nn.functional.")}


@pytest.mark.parametrize("name", sorted(UNSUPPORTED))
def test_unsupported_names_are_reported_with_their_reason(name):
    result = convert_source(f"import torch\nimport torch.nn.utils.rnn\ny = {name}(1)\n")
    messages = [d.format() for d in result.unsupported]
    assert any(name in m and UNSUPPORTED[name] in m for m in messages), messages


COVERED = {c if c.startswith("torch.") else "torch.nn." + c for p in CASES for c in p.values[0] if c != "MaxPool2d"}  # see tests/test_coverage.py

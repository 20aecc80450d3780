"""Pooling (torch/nn/modules/pooling.py) and F.*pool*.

Every pooling layer and function goes to the helper module, which follows PyTorch's window and
adaptive-bin arithmetic (dilation, ceil_mode's last-window rule, count_include_pad,
divisor_override, return_indices as int64, unbatched input) and calls Jittor's own Pool only where
that computes the same. Jittor's Pool raises when a side is not larger than the kernel (PyTorch
pools a 4x4 map with kernel 4: CIFAR ResNets end in `F.avg_pool2d(out, 4)`), and its adaptive
pools use one stride and kernel for every bin (wrong for 10 -> 7): no shape is known when
converting, so the decision is taken at run time.
"""
from ..schema import function, helper, layer

_MAXPOOL = "kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False"
_AVGPOOL = "kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None"
_LPPOOL = "norm_type, kernel_size, stride=None, ceil_mode=False"
_F_MAXPOOL = "input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False"
_F_AVGPOOL = ("input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,"
              " divisor_override=None")
_F_ADAPTIVE_MAX = "input, output_size, return_indices=False"
_F_UNPOOL = "input, indices, kernel_size, stride=None, padding=0, output_size=None"
# fractional max pooling: the windows come from `_random_samples` (N, C, dims) in [0, 1), drawn with
# Jittor's generator when not given (PyTorch's draws cannot be reproduced); given, the result is PyTorch's
_FRACTIONAL = "kernel_size, output_size=None, output_ratio=None, return_indices=False, _random_samples=None"

ENTRIES = {
    "torch.nn.MaxPool1d": layer(_MAXPOOL, "MaxPool1d"),
    "torch.nn.MaxPool2d": layer(_MAXPOOL, "MaxPool2d"),
    "torch.nn.MaxPool3d": layer(_MAXPOOL, "MaxPool3d"),
    "torch.nn.AvgPool1d": layer("kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True",
                                "AvgPool1d"),
    # Keyed as the seed's tutorial keys it (its example maps it to Jittor's Pool with op='mean').
    "AvgPool2d": layer(_AVGPOOL, "AvgPool2d"),
    "torch.nn.AvgPool3d": layer(_AVGPOOL, "AvgPool3d"),
    "torch.nn.AdaptiveAvgPool1d": layer("output_size", "AdaptiveAvgPool1d"),
    "torch.nn.AdaptiveAvgPool2d": layer("output_size", "AdaptiveAvgPool2d"),
    "torch.nn.AdaptiveAvgPool3d": layer("output_size", "AdaptiveAvgPool3d"),
    "torch.nn.AdaptiveMaxPool1d": layer("output_size, return_indices=False", "AdaptiveMaxPool1d"),
    "torch.nn.AdaptiveMaxPool2d": layer("output_size, return_indices=False", "AdaptiveMaxPool2d"),
    "torch.nn.AdaptiveMaxPool3d": layer("output_size, return_indices=False", "AdaptiveMaxPool3d"),
    "torch.nn.LPPool1d": layer(_LPPOOL, "LPPool1d"),
    "torch.nn.LPPool2d": layer(_LPPOOL, "LPPool2d"),
    "torch.nn.LPPool3d": layer(_LPPOOL, "LPPool3d"),
    "torch.nn.MaxUnpool1d": layer("kernel_size, stride=None, padding=0", "MaxUnpool1d"),
    "torch.nn.MaxUnpool2d": layer("kernel_size, stride=None, padding=0", "MaxUnpool2d"),
    "torch.nn.MaxUnpool3d": layer("kernel_size, stride=None, padding=0", "MaxUnpool3d"),
    "torch.nn.functional.max_pool1d": helper(_F_MAXPOOL, "max_pool1d"),
    "torch.nn.functional.max_pool2d": helper(_F_MAXPOOL, "max_pool2d"),
    "torch.nn.functional.max_pool3d": helper(_F_MAXPOOL, "max_pool3d"),
    "torch.nn.functional.max_pool1d_with_indices": helper(_F_MAXPOOL, "max_pool1d_with_indices"),
    "torch.nn.functional.max_pool2d_with_indices": helper(_F_MAXPOOL, "max_pool2d_with_indices"),
    "torch.nn.functional.max_pool3d_with_indices": helper(_F_MAXPOOL, "max_pool3d_with_indices"),
    "torch.nn.functional.max_unpool1d": function(_F_UNPOOL, "t2j", "max_unpool1d"),
    "torch.nn.functional.max_unpool2d": function(_F_UNPOOL, "t2j", "max_unpool2d"),
    "torch.nn.functional.max_unpool3d": function(_F_UNPOOL, "t2j", "max_unpool3d"),
    "torch.nn.functional.avg_pool1d": function(
        "input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True", "t2j", "avg_pool1d"),
    "torch.nn.functional.avg_pool2d": function(_F_AVGPOOL, "t2j", "avg_pool2d"),
    "torch.nn.functional.avg_pool3d": function(_F_AVGPOOL, "t2j", "avg_pool3d"),
    "torch.nn.functional.lp_pool1d": function("input, norm_type, kernel_size, stride=None, ceil_mode=False",
                                              "t2j", "lp_pool1d"),
    "torch.nn.functional.lp_pool2d": function("input, norm_type, kernel_size, stride=None, ceil_mode=False",
                                              "t2j", "lp_pool2d"),
    "torch.nn.functional.lp_pool3d": function("input, norm_type, kernel_size, stride=None, ceil_mode=False",
                                              "t2j", "lp_pool3d"),
    "torch.nn.functional.adaptive_avg_pool1d": function("input, output_size", "t2j", "adaptive_avg_pool1d"),
    "torch.nn.functional.adaptive_avg_pool2d": function("input, output_size", "t2j", "adaptive_avg_pool2d"),
    "torch.nn.functional.adaptive_avg_pool3d": function("input, output_size", "t2j", "adaptive_avg_pool3d"),
    "torch.nn.functional.adaptive_max_pool1d": helper(_F_ADAPTIVE_MAX, "adaptive_max_pool1d"),
    "torch.nn.functional.adaptive_max_pool2d": helper(_F_ADAPTIVE_MAX, "adaptive_max_pool2d"),
    "torch.nn.functional.adaptive_max_pool3d": helper(_F_ADAPTIVE_MAX, "adaptive_max_pool3d"),
    "torch.nn.functional.adaptive_max_pool1d_with_indices": helper(_F_ADAPTIVE_MAX,
                                                                   "adaptive_max_pool1d_with_indices"),
    "torch.nn.functional.adaptive_max_pool2d_with_indices": helper(_F_ADAPTIVE_MAX,
                                                                   "adaptive_max_pool2d_with_indices"),
    "torch.nn.functional.adaptive_max_pool3d_with_indices": helper(_F_ADAPTIVE_MAX,
                                                                   "adaptive_max_pool3d_with_indices"),
}

# The torch.* functions F's pooling calls: the same arguments (without return_indices); the
# tensor-level torch.adaptive_max_pool1d always returns (values, indices).
ALIASES = {
    "torch.max_pool1d": "torch.nn.functional.max_pool1d",
    "torch.max_pool2d": "torch.nn.functional.max_pool2d",
    "torch.max_pool3d": "torch.nn.functional.max_pool3d",
    "torch.max_pool1d_with_indices": "torch.nn.functional.max_pool1d_with_indices",
    "torch.avg_pool1d": "torch.nn.functional.avg_pool1d",
    "torch.adaptive_avg_pool1d": "torch.nn.functional.adaptive_avg_pool1d",
    "torch.adaptive_max_pool1d": "torch.nn.functional.adaptive_max_pool1d_with_indices",
}

ENTRIES.update({
    "torch.nn.FractionalMaxPool2d": layer(_FRACTIONAL, "FractionalMaxPool2d"),
    "torch.nn.FractionalMaxPool3d": layer(_FRACTIONAL, "FractionalMaxPool3d"),
    "torch.nn.functional.fractional_max_pool2d": helper("input, " + _FRACTIONAL, "fractional_max_pool2d"),
    "torch.nn.functional.fractional_max_pool3d": helper("input, " + _FRACTIONAL, "fractional_max_pool3d"),
})

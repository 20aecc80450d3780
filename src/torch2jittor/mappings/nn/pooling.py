"""Pooling (torch/nn/modules/pooling.py) and F.*pool*.

The helper classes and functions follow PyTorch's window and adaptive-bin arithmetic: dilation,
ceil_mode, count_include_pad, divisor_override and return_indices are honoured.
"""
from ..schema import entry, function, layer

_MAXPOOL = "kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False"
_AVGPOOL = "kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None"
_LPPOOL = "norm_type, kernel_size, stride=None, ceil_mode=False"
_JT_POOL = ("kernel_size, stride=None, padding=0, dilation=None, return_indices=None, ceil_mode=False,"
            " count_include_pad=True, op='maximum'")
_F_MAXPOOL = "input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False"
_UNPOOL = "needs max pooling indices, which the converted pools do not return"
_FRACTIONAL = ("its pooling regions are drawn from PyTorch's random generator on every call; "
               "Jittor cannot reproduce them")

ENTRIES = {
    # MaxPool2d/AvgPool2d become Jittor's single Pool class; `op` picks the reduction (the seed's rule).
    # Jittor's Pool asserts dilation is None: dilation=1 is dropped, any other value is flagged.
    "torch.nn.MaxPool2d": entry(_MAXPOOL, "nn", "Pool", _JT_POOL, extras={"op": "'maximum'"}, unsupported=["dilation"]),
    # Keyed as the seed's tutorial keys it (its example of `extras`). Jittor's mean pool divides by
    # the whole kernel area except on its ceil_mode path: with count_include_pad=False,
    # ceil_mode=True or a divisor_override, rules/avg_pool_exact.py sends the call to the helper
    # module's PyTorch-exact AvgPool2d instead.
    "AvgPool2d": entry(_AVGPOOL, "nn", "Pool", _JT_POOL, extras={"op": "'mean'"}, delete=["divisor_override"],
                       rule="avg_pool_exact"),
    "torch.nn.AdaptiveAvgPool2d": entry("output_size", "nn", "AdaptiveAvgPool2d", "output_size"),
    "torch.nn.AdaptiveMaxPool2d": entry(
        "output_size, return_indices=False", "nn", "AdaptiveMaxPool2d", "output_size, return_indices=False"
    ),
    "torch.nn.MaxPool1d": layer(_MAXPOOL, "MaxPool1d"),
    "torch.nn.MaxPool3d": layer(_MAXPOOL, "MaxPool3d"),
    "torch.nn.AvgPool1d": layer("kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True",
                                "AvgPool1d"),
    "torch.nn.AvgPool3d": layer(_AVGPOOL, "AvgPool3d"),
    "torch.nn.AdaptiveAvgPool1d": layer("output_size", "AdaptiveAvgPool1d"),
    "torch.nn.AdaptiveAvgPool3d": layer("output_size", "AdaptiveAvgPool3d"),
    "torch.nn.AdaptiveMaxPool1d": layer("output_size, return_indices=False", "AdaptiveMaxPool1d"),
    "torch.nn.AdaptiveMaxPool3d": layer("output_size, return_indices=False", "AdaptiveMaxPool3d"),
    "torch.nn.LPPool1d": layer(_LPPOOL, "LPPool1d"),
    "torch.nn.LPPool2d": layer(_LPPOOL, "LPPool2d"),
    "torch.nn.LPPool3d": layer(_LPPOOL, "LPPool3d"),
    "torch.nn.MaxUnpool1d": layer("kernel_size, stride=None, padding=0", "MaxUnpool1d"),
    "torch.nn.MaxUnpool2d": layer("kernel_size, stride=None, padding=0", "MaxUnpool2d"),
    "torch.nn.MaxUnpool3d": layer("kernel_size, stride=None, padding=0", "MaxUnpool3d"),
    "torch.nn.functional.max_pool2d": entry(
        _F_MAXPOOL, "nn", "max_pool2d",
        "x, kernel_size, stride=None, padding=0, dilation=None, return_indices=None, ceil_mode=False",
        links={"input": "x"}, unsupported=["dilation"],
    ),
    "torch.nn.functional.avg_pool2d": entry(
        "input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,"
        " divisor_override=None",
        "nn", "avg_pool2d", "x, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True",
        links={"input": "x"}, delete=["divisor_override"], rule="avg_pool_exact",
    ),
    "torch.nn.functional.max_pool1d": function(_F_MAXPOOL, "t2j", "max_pool1d"),
    "torch.nn.functional.max_pool3d": function(_F_MAXPOOL, "t2j", "max_pool3d"),
    "torch.nn.functional.avg_pool1d": function(
        "input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True", "t2j", "avg_pool1d"),
    "torch.nn.functional.avg_pool3d": function(
        "input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None",
        "t2j", "avg_pool3d"),
    "torch.nn.functional.lp_pool1d": function("input, norm_type, kernel_size, stride=None, ceil_mode=False",
                                              "t2j", "lp_pool1d"),
    "torch.nn.functional.lp_pool2d": function("input, norm_type, kernel_size, stride=None, ceil_mode=False",
                                              "t2j", "lp_pool2d"),
    "torch.nn.functional.adaptive_avg_pool1d": function("input, output_size", "t2j", "adaptive_avg_pool1d"),
    "torch.nn.functional.adaptive_avg_pool2d": function("input, output_size", "t2j", "adaptive_avg_pool2d"),
    "torch.nn.functional.adaptive_avg_pool3d": function("input, output_size", "t2j", "adaptive_avg_pool3d"),
    "torch.nn.functional.adaptive_max_pool1d": function("input, output_size, return_indices=False", "t2j",
                                                        "adaptive_max_pool1d"),
    "torch.nn.functional.adaptive_max_pool2d": function("input, output_size, return_indices=False", "t2j",
                                                        "adaptive_max_pool2d"),
    "torch.nn.functional.adaptive_max_pool3d": function("input, output_size, return_indices=False", "t2j",
                                                        "adaptive_max_pool3d"),
}

# torch.max_pool2d is the function F.max_pool2d calls (same arguments, without return_indices).
ALIASES = {"torch.max_pool2d": "torch.nn.functional.max_pool2d"}

UNSUPPORTED = {
    "torch.nn.FractionalMaxPool2d": _FRACTIONAL,
    "torch.nn.FractionalMaxPool3d": _FRACTIONAL,
    "torch.nn.functional.max_unpool1d": _UNPOOL,
    "torch.nn.functional.max_unpool2d": _UNPOOL,
    "torch.nn.functional.max_unpool3d": _UNPOOL,
    "torch.nn.functional.fractional_max_pool2d": "random pooling regions: not implemented for Jittor",
}

"""torch.nn layer classes -> jittor.nn (keyed by short name, as the seed keys them)."""
from ._schema import entry

# Arguments PyTorch takes for placement/precision; Jittor's layers have no such arguments.
_FACTORY = ["device", "dtype"]

NN_LAYERS = {
    "Module": entry("*args, **kwargs", "nn", "Module", "*args, **kwargs"),
    # A subclass of Sequential that assigns submodules as attributes (torchvision's _Transition)
    # relies on PyTorch registering them in order; Jittor's Sequential does not: helper base.
    "Sequential": entry("*args", "nn", "Sequential", "*args", base="t2j.Sequential"),
    # Jittor's ModuleList is its Sequential: the helper adds PyTorch's extend/insert/+=.
    "ModuleList": entry("modules=None", "t2j", "ModuleList", "modules=None"),
    "Identity": entry("*args, **kwargs", "nn", "Identity", "*args, **kwargs"),
    "Conv2d": entry(
        "in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True,"
        " padding_mode='zeros', device=None, dtype=None",
        "nn", "Conv",
        "in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True",
        delete=_FACTORY, unsupported=["padding_mode"],
    ),
    "ConvTranspose2d": entry(
        "in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True,"
        " dilation=1, padding_mode='zeros', device=None, dtype=None",
        "nn", "ConvTranspose",
        "in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True,"
        " dilation=1",
        delete=_FACTORY,
    ),
    "Linear": entry(
        "in_features, out_features, bias=True, device=None, dtype=None",
        "nn", "Linear", "in_features, out_features, bias=True",
        delete=_FACTORY,
    ),
    # Jittor's activations are never in place: `inplace` only saved memory in PyTorch.
    "ReLU": entry("inplace=False", "nn", "ReLU", "", delete=["inplace"]),
    "ReLU6": entry("inplace=False", "nn", "ReLU6", "", delete=["inplace"]),
    "LeakyReLU": entry(
        "negative_slope=0.01, inplace=False", "nn", "LeakyReLU", "scale=0.01",
        links={"negative_slope": "scale"}, delete=["inplace"],
    ),
    "Sigmoid": entry("", "nn", "Sigmoid", ""),
    "Tanh": entry("", "nn", "Tanh", ""),
    "Softmax": entry("dim=None", "nn", "Softmax", "dim=None"),
    # MaxPool2d/AvgPool2d become Jittor's single Pool class; `op` picks the reduction (the seed's rule).
    # Jittor's Pool asserts dilation is None: dilation=1 is dropped, any other value is flagged.
    "MaxPool2d": entry(
        "kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False",
        "nn", "Pool",
        "kernel_size, stride=None, padding=0, dilation=None, return_indices=None, ceil_mode=False,"
        " count_include_pad=True, op='maximum'",
        extras={"op": "'maximum'"}, unsupported=["dilation"],
    ),
    # Jittor's mean pool divides by the whole kernel area except on its ceil_mode path: with
    # count_include_pad=False, ceil_mode=True or a divisor_override, rules/avg_pool_exact.py sends
    # the call to the helper module's PyTorch-exact AvgPool2d instead.
    "AvgPool2d": entry(
        "kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None",
        "nn", "Pool",
        "kernel_size, stride=None, padding=0, dilation=None, return_indices=None, ceil_mode=False,"
        " count_include_pad=True, op='maximum'",
        extras={"op": "'mean'"}, delete=["divisor_override"], rule="avg_pool_exact",
    ),
    "AdaptiveAvgPool2d": entry("output_size", "nn", "AdaptiveAvgPool2d", "output_size"),
    "AdaptiveMaxPool2d": entry(
        "output_size, return_indices=False", "nn", "AdaptiveMaxPool2d", "output_size, return_indices=False"
    ),
    # Helper subclasses of Jittor's BatchNorm (same inference path): Jittor's own updates the running
    # variance with the biased batch variance, ignores momentum=None and always tracks statistics.
    "BatchNorm2d": entry(
        "num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None",
        "t2j", "BatchNorm2d", "num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True",
        delete=_FACTORY,
    ),
    "BatchNorm1d": entry(
        "num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None",
        "t2j", "BatchNorm1d", "num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True",
        delete=_FACTORY,
    ),
    "GroupNorm": entry(
        "num_groups, num_channels, eps=1e-05, affine=True, device=None, dtype=None",
        "nn", "GroupNorm", "num_groups, num_channels, eps=1e-05, affine=True, is_train=True",
        delete=_FACTORY,
    ),
    # Jittor's Dropout reads train/eval mode from the module, like PyTorch's.
    "Dropout": entry("p=0.5, inplace=False", "nn", "Dropout", "p=0.5, is_train=False", delete=["inplace"]),
    "Dropout2d": entry("p=0.5, inplace=False", "nn", "Dropout2d", "p=0.5, is_train=False", delete=["inplace"]),
    "Flatten": entry("start_dim=1, end_dim=-1", "nn", "Flatten", "start_dim=1, end_dim=-1"),
}

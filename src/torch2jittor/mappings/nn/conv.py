"""Convolutions (torch/nn/modules/conv.py) and F.conv*, F.conv_transpose*.

The helper classes honour padding='same'/'valid' and every padding_mode, and accept unbatched input.
"""
from ..schema import FACTORY, entry, function, layer
from .lazy import lazy_layer

CONV_ARGS = ("in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True,"
         " padding_mode='zeros', device=None, dtype=None")
_CONV_T = ("in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True,"
           " dilation=1, padding_mode='zeros', device=None, dtype=None")
_F_CONV = "input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1"
_F_CONV_T = "input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1"

ENTRIES = {
    "torch.nn.Conv1d": layer(CONV_ARGS, "Conv1d"),
    "torch.nn.Conv2d": entry(
        CONV_ARGS, "nn", "Conv",
        "in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True",
        delete=FACTORY, unsupported=["padding_mode"], rule="conv_padding_mode",
    ),
    "torch.nn.Conv3d": layer(CONV_ARGS, "Conv3d"),
    "torch.nn.ConvTranspose1d": layer(_CONV_T, "ConvTranspose1d"),
    "torch.nn.ConvTranspose2d": layer(_CONV_T, "ConvTranspose2d"),
    "torch.nn.ConvTranspose3d": layer(_CONV_T, "ConvTranspose3d"),
    "torch.nn.functional.conv1d": function(_F_CONV, "t2j", "conv1d"),
    "torch.nn.functional.conv2d": function(_F_CONV, "t2j", "conv2d"),
    "torch.nn.functional.conv3d": function(_F_CONV, "t2j", "conv3d"),
    "torch.nn.functional.conv_transpose1d": function(_F_CONV_T, "t2j", "conv_transpose1d"),
    "torch.nn.functional.conv_transpose2d": function(_F_CONV_T, "t2j", "conv_transpose2d"),
    "torch.nn.functional.conv_transpose3d": function(_F_CONV_T, "t2j", "conv_transpose3d"),
}

# torch.* names that are these very functions (`torch.X is torch.nn.functional.X`).
ALIASES = {
    **{f"torch.{name}": f"torch.nn.functional.{name}" for name in (
        "conv1d conv2d conv3d conv_transpose1d conv_transpose2d conv_transpose3d").split()},
}

# the Lazy* forms: the eager arguments less in_channels
ENTRIES.update({f"torch.nn.Lazy{name}{d}d": lazy_layer(args.split(", ", 1)[1], f"Lazy{name}{d}d")
                for name, args in (("Conv", CONV_ARGS), ("ConvTranspose", _CONV_T)) for d in (1, 2, 3)})

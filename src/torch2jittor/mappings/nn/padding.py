"""Padding layers (torch/nn/modules/padding.py) and F.pad."""
from ..schema import function, layer

ENTRIES = {
    **{f"torch.nn.{kind}Pad{d}d": layer("padding", f"{kind}Pad{d}d")
       for kind in ("Zero", "Reflection", "Replication", "Circular") for d in (1, 2, 3)},
    **{f"torch.nn.ConstantPad{d}d": layer("padding, value", f"ConstantPad{d}d") for d in (1, 2, 3)},
    "torch.nn.functional.pad": function("input, pad, mode='constant', value=None", "t2j", "pad"),
}

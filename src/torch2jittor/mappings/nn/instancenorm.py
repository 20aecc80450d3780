"""Instance normalization (torch/nn/modules/instancenorm.py) and F.instance_norm."""
from ..schema import function, layer
from .lazy import LAZY

_IN = ("num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False, device=None, dtype=None,"
       " *, bias=True")

ENTRIES = {
    "torch.nn.InstanceNorm1d": layer(_IN, "InstanceNorm1d"),
    "torch.nn.InstanceNorm2d": layer(_IN, "InstanceNorm2d"),
    "torch.nn.InstanceNorm3d": layer(_IN, "InstanceNorm3d"),
    "torch.nn.functional.instance_norm": function(
        "input, running_mean=None, running_var=None, weight=None, bias=None, use_input_stats=True, momentum=0.1,"
        " eps=1e-05", "t2j", "instance_norm"),
}

UNSUPPORTED = {f"torch.nn.{name}": LAZY for name in ("LazyInstanceNorm1d", "LazyInstanceNorm2d", "LazyInstanceNorm3d")}

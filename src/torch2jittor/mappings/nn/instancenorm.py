"""Instance normalization (torch/nn/modules/instancenorm.py) and F.instance_norm."""
from ..schema import function, layer
from .lazy import lazy_layer

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

# the Lazy* forms: the eager arguments less num_features, and affine/track_running_stats default to True
ENTRIES.update({f"torch.nn.LazyInstanceNorm{d}d": lazy_layer(
    "eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None, *, bias=True",
    f"LazyInstanceNorm{d}d") for d in (1, 2, 3)})

"""Batch normalization (torch/nn/modules/batchnorm.py) and F.batch_norm.

Helper subclasses of Jittor's BatchNorm (same inference path): Jittor's own updates the running
variance with the biased batch variance, ignores momentum=None and always tracks statistics; the
helpers keep num_batches_tracked, as PyTorch does.
"""
from ..schema import FACTORY, entry, function, layer
from .lazy import lazy_layer

_BN = ("num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None,"
       " *, bias=True")
_JT_BN = "num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True"

ENTRIES = {
    "torch.nn.BatchNorm1d": entry(
        "num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None",
        "t2j", "BatchNorm1d", _JT_BN, delete=FACTORY,
    ),
    "torch.nn.BatchNorm2d": entry(
        "num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None",
        "t2j", "BatchNorm2d", _JT_BN, delete=FACTORY,
    ),
    "torch.nn.BatchNorm3d": layer(_BN, "BatchNorm3d"),
    "torch.nn.SyncBatchNorm": layer(
        "num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, process_group=None,"
        " device=None, dtype=None, *, bias=True", "SyncBatchNorm",
    ),
    "torch.nn.SyncBatchNorm.convert_sync_batchnorm": entry(
        "module, process_group=None", "t2j", "SyncBatchNorm.convert_sync_batchnorm", "module, process_group=None"
    ),
    # Jittor's batch_norm asserts training=False; the helper also trains (updating the running stats).
    "torch.nn.functional.batch_norm": function(
        "input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-05",
        "t2j", "batch_norm"),
}

# the Lazy* forms: the eager arguments less num_features (BatchNorm1d/2d's helpers have no `bias`)
ENTRIES.update({f"torch.nn.LazyBatchNorm{d}d": lazy_layer(_BN.split(", ", 1)[1], f"LazyBatchNorm{d}d",
                                                          unsupported=["bias"] if d < 3 else None)
                for d in (1, 2, 3)})

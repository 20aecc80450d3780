"""torch.utils.checkpoint: activation checkpointing trades compute for memory in training; the
forward value is fn(*args), which the helper computes."""
from ..schema import helper

ENTRIES = {
    "torch.utils.checkpoint.checkpoint": helper("function, *args, use_reentrant=None, **kwargs", "checkpoint"),
}

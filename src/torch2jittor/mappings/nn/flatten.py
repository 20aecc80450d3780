"""Flatten, Unflatten (torch/nn/modules/flatten.py)."""
from ..schema import entry, layer

ENTRIES = {
    "torch.nn.Flatten": entry("start_dim=1, end_dim=-1", "nn", "Flatten", "start_dim=1, end_dim=-1"),
    "torch.nn.Unflatten": layer("dim, unflattened_size", "Unflatten"),
}

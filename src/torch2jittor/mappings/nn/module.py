"""torch.nn.Module (torch/nn/modules/module.py)."""
from ..schema import entry

ENTRIES = {
    "torch.nn.Module": entry("*args, **kwargs", "nn", "Module", "*args, **kwargs"),
}

"""torch.nn.Parameter (torch/nn/parameter.py)."""
from ..schema import layer

ENTRIES = {
    "torch.nn.Parameter": layer("data=None, requires_grad=True", "Parameter"),
}

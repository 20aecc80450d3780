"""Gradient modes (torch.no_grad, torch.enable_grad, ... from torch/autograd/grad_mode.py)."""
from ..schema import entry, helper

ENTRIES = {
    "torch.no_grad": entry("", "jt", "no_grad", ""),
    "torch.enable_grad": entry("orig_func=None", "t2j", "enable_grad", "", delete=["orig_func"]),
    "torch.set_grad_enabled": helper("mode", "set_grad_enabled"),
    "torch.is_grad_enabled": helper("", "is_grad_enabled"),
}

# torch re-exports these from torch.autograd.grad_mode.
ALIASES = {
    "torch.autograd.no_grad": "torch.no_grad",
    "torch.autograd.grad_mode.no_grad": "torch.no_grad",
}

"""Containers (torch/nn/modules/container.py): named as PyTorch names their submodules and
parameters, so a PyTorch state_dict loads with `load_parameters`."""
from ..schema import entry, layer

ENTRIES = {
    # A subclass of Sequential that assigns submodules as attributes (torchvision's _Transition)
    # relies on PyTorch registering them in order; Jittor's Sequential does not: helper base.
    "torch.nn.Sequential": entry("*args", "nn", "Sequential", "*args", base="t2j.Sequential"),
    # Jittor's ModuleList is its Sequential: the helper adds PyTorch's extend/insert/+=.
    "torch.nn.ModuleList": entry("modules=None", "t2j", "ModuleList", "modules=None"),
    "torch.nn.ModuleDict": layer("modules=None", "ModuleDict"),
    "torch.nn.ParameterList": layer("values=None", "ParameterList"),
    "torch.nn.ParameterDict": layer("parameters=None", "ParameterDict"),
}

UNSUPPORTED = {
    "torch.nn.Container": "deprecated since PyTorch 0.x; use nn.Module",
}

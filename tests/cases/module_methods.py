import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 2)
        self.drop = nn.Dropout(0.1)
        self.register_parameter("scale", nn.Parameter(torch.ones(2)))
        self.register_module("act", nn.ReLU())
        self.add_module("extra", None)
        self.apply(self._init_weights)

    def _init_weights(self, m):
        if isinstance(m, nn.Linear):
            nn.init.zeros_(m.bias)

    def train(self, mode=True):
        super().train(mode)
        self.fc.eval()
        return self

    def forward(self, x):
        return self.act(self.drop(self.fc(x))) * self.scale


def summary(model: nn.Module, state):
    result = model.load_state_dict(state, strict=False)
    names = [name for name, _ in model.named_modules(prefix="model")]
    count = sum(p.numel() for p in model.parameters())
    return result.missing_keys, names, count, model.get_submodule("fc").state_dict()


model = Net()
model.eval()
handle = model.fc.register_forward_hook(lambda m, args, out: out * 2)
handle.remove()
model.fc.register_full_backward_hook(lambda m, grad_in, grad_out: None)
first = next(model.parameters())
nn.Module.train(model, False)
model.double()
model.requires_grad_(False)
model.to_empty(device="cpu")

# output
from jittor import init
from jittor import nn
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 2)
        self.drop = nn.Dropout(0.1, is_train=True)
        t2j.module_register_parameter(self, "scale", t2j.Parameter(t2j.ones(2)))
        t2j.module_register_module(self, "act", nn.ReLU())
        t2j.module_add_module(self, "extra", None)
        t2j.module_apply(self, self._init_weights)

    def _init_weights(self, m):
        if isinstance(m, nn.Linear):
            init.zero_(m.bias)

    def train(self, mode=True):
        t2j.module_train(super(), mode)
        t2j.module_eval(self.fc)
        return self

    def execute(self, x):
        return self.act(self.drop(self.fc(x))) * self.scale


def summary(model: nn.Module, state):
    result = t2j.module_load_state_dict(model, state, strict=False)
    names = [name for name, _ in t2j.module_named_modules(model, prefix="model")]
    count = sum(p.numel() for p in t2j.module_parameters(model))
    return result.missing_keys, names, count, t2j.module_state_dict(t2j.module_get_submodule(model, "fc"))


model = Net()
t2j.module_eval(model)
handle = t2j.module_register_forward_hook(model.fc, lambda m, args, out: out * 2)
handle.remove()
model.fc.register_full_backward_hook(lambda m, grad_in, grad_out: None)  # torch2jittor: unsupported: torch.nn.Module.register_full_backward_hook
first = next(t2j.module_parameters(model))
nn.Module.train(model, False)  # torch2jittor: unsupported: torch.nn.Module.train
t2j.module_double(model)
t2j.module_requires_grad_(model, False)
model.to_empty(device="cpu")  # torch2jittor: unsupported: torch.nn.Module.to_empty
# diagnostics
# unsupported-api 39:1 torch.nn.Module.register_full_backward_hook
# unsupported-api 41:1 torch.nn.Module.train
# unsupported-api 44:1 torch.nn.Module.to_empty

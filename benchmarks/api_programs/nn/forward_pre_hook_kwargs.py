# api: torch.nn.Module.register_forward_pre_hook
import torch
import torch.nn as nn
class Scale(nn.Module):
    def forward(self, x, factor=1.0):
        return x * factor
m = Scale()
def hook(module, args, kwargs):
    kwargs = dict(kwargs)
    kwargs["factor"] = 3.0
    return args, kwargs
handle = m.register_forward_pre_hook(hook, with_kwargs=True)
out = m(torch.tensor([1.0, 2.0]), factor=2.0)
handle.remove()
out_plain = m(torch.tensor([1.0, 2.0]), factor=2.0)

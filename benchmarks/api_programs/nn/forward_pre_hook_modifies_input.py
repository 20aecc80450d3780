# api: torch.nn.Module.register_forward_pre_hook
import torch
import torch.nn as nn
lin = nn.Linear(2, 2)
with torch.no_grad():
    lin.weight.copy_(torch.eye(2))
    lin.bias.zero_()
def double_input(module, args):
    return (args[0] * 2,)
handle = lin.register_forward_pre_hook(double_input)
hooked = lin(torch.tensor([[1.0, 3.0]]))
handle.remove()
plain = lin(torch.tensor([[1.0, 3.0]]))

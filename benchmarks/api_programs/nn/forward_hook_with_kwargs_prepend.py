# api: torch.nn.Module.register_forward_hook
import torch
import torch.nn as nn
lin = nn.Linear(2, 2)
with torch.no_grad():
    lin.weight.copy_(torch.eye(2))
    lin.bias.zero_()
order = []
def first(module, inputs, output):
    order.append("first")
    return output + 1
def second(module, inputs, output):
    order.append("second")
    return output * 10
h1 = lin.register_forward_hook(first)
h2 = lin.register_forward_hook(second, prepend=True)
out = lin(torch.tensor([[1.0, 2.0]]))
calls = list(order)
h1.remove()
h2.remove()
plain = lin(torch.tensor([[1.0, 2.0]]))

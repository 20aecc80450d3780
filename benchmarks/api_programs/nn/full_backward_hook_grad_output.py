# api: torch.nn.Module.register_full_backward_hook
import torch
import torch.nn as nn
lin = nn.Linear(2, 2)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
    lin.bias.zero_()
grads = []
def hook(module, grad_input, grad_output):
    grads.append(grad_output[0].detach().clone())
lin.register_full_backward_hook(hook)
x = torch.tensor([[1.0, 1.0]], requires_grad=True)
(lin(x) * torch.tensor([[2.0, 3.0]])).sum().backward()
grad_out = grads[0]
x_grad = x.grad

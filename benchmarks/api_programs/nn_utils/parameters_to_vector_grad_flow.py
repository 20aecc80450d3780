# api: torch.nn.utils.parameters_to_vector
import torch
import torch.nn as nn
lin = nn.Linear(2, 2)
nn.init.constant_(lin.weight, 1.0)
nn.init.constant_(lin.bias, -1.0)
vec = nn.utils.parameters_to_vector(lin.parameters())
(vec ** 2).sum().backward()
wgrad = lin.weight.grad
bgrad = lin.bias.grad
requires = vec.requires_grad

# api: torch.nn.utils.vector_to_parameters
import torch
import torch.nn as nn
from torch.nn.utils import vector_to_parameters
lin = nn.Linear(2, 1)
vector_to_parameters(torch.tensor([1.0, 2.0, 3.0]), lin.parameters())
w = lin.weight.detach().clone()
b = lin.bias.detach().clone()

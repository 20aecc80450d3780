# api: torch.nn.utils.parameters_to_vector
import torch
import torch.nn as nn
from torch.nn.utils import parameters_to_vector
lin = nn.Linear(2, 2)
nn.init.constant_(lin.weight, 2.0)
nn.init.constant_(lin.bias, -1.0)
vec = parameters_to_vector(lin.parameters())

# api: torch.nn.utils.parameters_to_vector
import torch
from torch.nn.utils import parameters_to_vector, vector_to_parameters
m = torch.nn.Linear(2, 2)
_vec = parameters_to_vector(m.parameters())
n = _vec.numel()
vector_to_parameters(torch.arange(6.0), m.parameters())
w = m.weight.detach()
b = m.bias.detach()

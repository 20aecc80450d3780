# api: torch.nn.utils.parameters_to_vector
import torch
import torch.nn as nn
from torch.nn.utils import parameters_to_vector, vector_to_parameters
net = nn.Sequential(nn.Linear(2, 3), nn.Linear(3, 1))
vec = torch.arange(13.) / 13
vector_to_parameters(vec, net.parameters())
w0 = net[0].weight.detach()
b1 = net[1].bias.detach()
back = parameters_to_vector(net.parameters())
numel = back.numel()

# api: torch.nn.utils.vector_to_parameters
import torch
import torch.nn as nn
conv = nn.Conv2d(1, 2, 2)
n = sum(p.numel() for p in conv.parameters())
nn.utils.vector_to_parameters(torch.linspace(-1, 1, n), conv.parameters())
out = conv(torch.arange(9.).reshape(1, 1, 3, 3))
vec = nn.utils.parameters_to_vector(conv.parameters())

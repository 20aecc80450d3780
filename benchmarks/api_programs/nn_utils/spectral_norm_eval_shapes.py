# api: torch.nn.utils.spectral_norm
import torch
import torch.nn as nn
lin = nn.utils.spectral_norm(nn.Linear(4, 3))
names = sorted(n for n, _ in lin.named_parameters())
buffers = sorted(n for n, _ in lin.named_buffers())
u_shape = lin.weight_u.shape
out_shape = lin(torch.ones(2, 4)).shape

# api: torch.nn.ConvTranspose3d
import torch
import torch.nn as nn
m = nn.ConvTranspose3d(2, 3, 2, stride=2)
y = m(torch.ones(1, 2, 2, 2, 2))
results = {"shape": y.shape, "dtype": y.dtype}

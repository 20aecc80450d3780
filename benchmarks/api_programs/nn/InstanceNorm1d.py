# api: torch.nn.InstanceNorm1d
import torch
import torch.nn as nn
norm = nn.InstanceNorm1d(2)
x = torch.tensor([[[1.0, 2.0, 4.0, 7.0], [0.0, 0.0, 3.0, 3.0]], [[5.0, 1.0, 2.0, 0.0], [1.0, 1.0, 1.0, 5.0]]])
y = norm(x)
affine_norm = nn.InstanceNorm1d(2, affine=True)
y_affine = affine_norm(x)

# api: torch.nn.GroupNorm
import torch
import torch.nn as nn
gn = nn.GroupNorm(num_groups=2, num_channels=4, affine=False)
x = torch.arange(32.).reshape(2, 4, 4) ** 1.5
out = gn(x)
n_params = len(list(gn.parameters()))
groups = gn.num_groups

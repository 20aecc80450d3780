# api: torch.nn.GroupNorm
import torch
import torch.nn as nn
x = torch.arange(2 * 4 * 3 * 3, dtype=torch.float32).view(2, 4, 3, 3) % 7
gn = nn.GroupNorm(2, 4)(x)
inn = nn.InstanceNorm2d(4)(x)
inn_aff = nn.InstanceNorm2d(4, affine=True)(x)
ln = nn.LayerNorm([4, 3, 3])(x)
ln_last = nn.LayerNorm(3)(x)
bn3 = nn.BatchNorm2d(4).eval()(x)

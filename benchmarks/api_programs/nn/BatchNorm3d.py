# api: torch.nn.BatchNorm3d
import torch
import torch.nn as nn
bn = nn.BatchNorm3d(2, affine=False)
bn.eval()
x = torch.arange(16.).reshape(1, 2, 2, 2, 2)
y = bn(x)

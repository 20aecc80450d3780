# api: torch.nn.functional.conv_transpose3d
import torch
import torch.nn.functional as F
volume = torch.arange(8.).reshape(1, 1, 2, 2, 2)
weight = torch.ones(1, 2, 2, 2, 2)
out = F.conv_transpose3d(volume, weight, stride=2)
out_bias = F.conv_transpose3d(volume, weight, torch.tensor([0.5, -0.5]))

# api: torch.nn.functional.conv3d
import torch
import torch.nn.functional as F
volume = torch.arange(54.).reshape(1, 2, 3, 3, 3)
weight = torch.ones(4, 2, 2, 2, 2) / 8
out = F.conv3d(volume, weight)
out_padded = F.conv3d(volume, weight, bias=torch.arange(4.), padding=1, stride=2)

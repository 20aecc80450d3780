# api: torch.conv_transpose3d
import torch
x = torch.ones(1, 1, 2, 2, 2)
w = torch.ones(1, 2, 2, 2, 2)
y = torch.conv_transpose3d(x, w, stride=2)

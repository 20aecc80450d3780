# api: torch.nn.functional.conv_transpose1d
import torch
import torch.nn.functional as F
x = torch.arange(12.).reshape(1, 4, 3)
w = torch.linspace(-1, 1, 4 * 1 * 3).reshape(4, 1, 3)
out = F.conv_transpose1d(x, w, groups=2, stride=2)
dil = F.conv_transpose1d(x, w, None, 1, 1, 0, 2, 2)

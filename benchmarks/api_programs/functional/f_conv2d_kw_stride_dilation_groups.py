# api: torch.nn.functional.conv2d
import torch
import torch.nn.functional as F
x = torch.arange(2 * 4 * 5 * 5, dtype=torch.float32).reshape(2, 4, 5, 5) / 100
w = torch.linspace(-1, 1, 2 * 2 * 3 * 3).reshape(2, 2, 3, 3)
b = torch.tensor([0.5, -0.5])
out = F.conv2d(x, w, b, stride=2, padding=1, dilation=1, groups=2)
dil = F.conv2d(input=x, weight=w, bias=None, padding=2, dilation=2, groups=2)
same = F.conv2d(x, w, padding="same", groups=2)

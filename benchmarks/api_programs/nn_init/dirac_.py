# api: torch.nn.init.dirac_
import torch
import torch.nn as nn
w = torch.empty(3, 3, 3)
nn.init.dirac_(w)
w2d = torch.empty(4, 2, 3, 3)
nn.init.dirac_(w2d, groups=2)
conv = nn.Conv1d(2, 2, kernel_size=3, padding=1, bias=False)
nn.init.dirac_(conv.weight)
x = torch.arange(10.).reshape(1, 2, 5)
y = conv(x).detach()

# api: torch.nn.init.dirac_
import torch
import torch.nn as nn
w = torch.empty(4, 2, 3)
nn.init.dirac_(w, groups=2)
conv_w = torch.empty(3, 3, 3, 3)
nn.init.dirac_(conv_w)
x = torch.arange(27.).reshape(1, 3, 3, 3)
identity = torch.equal(torch.nn.functional.conv2d(x, conv_w, padding=1), x)
e = nn.init.eye_(torch.empty(2, 4))

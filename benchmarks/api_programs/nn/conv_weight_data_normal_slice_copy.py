# api: torch.nn.Conv2d
import torch
import torch.nn as nn
m = nn.Conv2d(1, 2, 2, bias=False)
m.weight.data.zero_()
m.weight.data[0, 0, 0, 0] = 1.0
m.weight.data[1].copy_(torch.tensor([[[0.5, 0.5], [0.5, 0.5]]]))
out = m(torch.arange(9.).reshape(1, 1, 3, 3))

# api: torch.nn.Bilinear
import torch
import torch.nn as nn
bl = nn.Bilinear(2, 3, 2, bias=False)
with torch.no_grad():
    bl.weight.copy_(torch.arange(12.).reshape(2, 2, 3) / 10)
out = bl(torch.tensor([[1.0, 2.0]]), torch.tensor([[0.5, -1.0, 1.0]]))
wshape = bl.weight.shape
in1 = bl.in1_features

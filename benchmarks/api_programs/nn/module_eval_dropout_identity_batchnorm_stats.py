# api: torch.nn.Module.eval
import torch
import torch.nn as nn
m = nn.Sequential(nn.Linear(2, 2), nn.Dropout(0.9), nn.BatchNorm1d(2))
with torch.no_grad():
    m[0].weight.copy_(torch.tensor([[1.0, 0.5], [-0.5, 1.0]]))
    m[0].bias.zero_()
m.eval()
out = m(torch.tensor([[1.0, 2.0], [3.0, -1.0]]))
flags = [x.training for x in m.modules()]

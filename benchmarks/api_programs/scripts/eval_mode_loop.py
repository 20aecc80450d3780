# api: torch.nn.Module.eval
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.Dropout(0.5), nn.Linear(4, 2))
with torch.no_grad():
    for _i, _p in enumerate(model.parameters()):
        _p.copy_(torch.linspace(-0.5, 0.5, _p.numel()).view_as(_p) * (_i + 1) / 2)
x = torch.arange(12.0).view(4, 3) / 10
model.train()
_ = model(x)
model.eval()
with torch.no_grad():
    out1 = model(x)
    out2 = model(x)
same = torch.allclose(out1, out2)
training = model.training
rm = model[1].running_mean

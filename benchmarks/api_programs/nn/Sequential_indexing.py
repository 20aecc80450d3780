# api: torch.nn.Sequential
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
for m in model.modules():
    if isinstance(m, nn.Linear):
        nn.init.ones_(m.weight)
        nn.init.zeros_(m.bias)
x = torch.arange(8.).view(2, 4) - 3
y = model(x)
first = model[0](x)
n_layers = len(model)
head = model[-1].out_features
keys = list(model.state_dict().keys())
sub = model[:2](x)
n_params = sum(p.numel() for p in model.parameters() if p.requires_grad)

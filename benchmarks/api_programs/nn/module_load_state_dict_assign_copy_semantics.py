# api: torch.nn.Module.load_state_dict
import torch
import torch.nn as nn
src = nn.Linear(2, 2)
dst = nn.Linear(2, 2)
with torch.no_grad():
    src.weight.copy_(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
    src.bias.copy_(torch.tensor([0.5, -0.5]))
sd = src.state_dict()
dst.load_state_dict(sd)
with torch.no_grad():
    src.weight.add_(10.0)
dst_w = dst.weight.detach().clone()
sd_shares = sd["weight"][0, 0].item()

# api: torch.nn.ParameterList
import torch
import torch.nn as nn
plist = nn.ParameterList([nn.Parameter(torch.ones(2)), nn.Parameter(torch.zeros(3))])
plist.append(nn.Parameter(torch.full((1,), 5.0)))
n = len(plist)
total = sum(p.sum() for p in plist)
names = [n for n, _ in plist.named_parameters()]
shapes = [tuple(p.shape) for p in plist]
class Holder(nn.Module):
    def __init__(self):
        super().__init__()
        self.ps = nn.ParameterList([nn.Parameter(torch.tensor([1.0, 2.0])) for _ in range(2)])
holder_keys = list(Holder().state_dict().keys())

# api: torch.nn.Parameter
import torch
import torch.nn as nn
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.ones(2, 2))
        self.plain = torch.zeros(2)
        self.frozen = nn.Parameter(torch.ones(1), requires_grad=False)
m = M()
names = [n for n, _ in m.named_parameters()]
keys = list(m.state_dict().keys())
grads = [p.requires_grad for p in m.parameters()]

# api: torch.nn.Module
import torch
import torch.nn as nn
class Enc(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.hidden = hidden
        self.size = hidden * 2
        self.proj = nn.Linear(hidden, self.size)
    def forward(self, x):
        b = x.size(0)
        return self.proj(x).view(b, self.size // 2, 2)
e = Enc(3)
with torch.no_grad():
    e.proj.weight.fill_(0.1); e.proj.bias.zero_()
out = e(torch.ones(2, 3))
sz = e.size

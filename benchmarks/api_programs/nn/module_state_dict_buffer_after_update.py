# api: torch.nn.Module.register_buffer
import torch
import torch.nn as nn
class Counter(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("count", torch.zeros(1, dtype=torch.long))
    def forward(self, x):
        self.count += 1
        return x + self.count
m = Counter()
m(torch.zeros(2))
m(torch.zeros(2))
out = m(torch.zeros(2))
sd_count = m.state_dict()["count"]
dtype = m.count.dtype

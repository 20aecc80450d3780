# api: torch.nn.Module.register_buffer
import torch
import torch.nn as nn
class Norm(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("count", torch.zeros(1))
        self.scale = nn.Parameter(torch.ones(2))
    def forward(self, x):
        self.count += 1
        return x * self.scale
n = Norm()
out = n(torch.tensor([1.0, 2.0]))
out = n(out)
count = n.count
params = [k for k, _ in n.named_parameters()]
bufs = [k for k, _ in n.named_buffers()]
sd_keys = sorted(n.state_dict().keys())

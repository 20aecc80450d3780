# api: torch.nn.Module.register_buffer
import torch
import torch.nn as nn
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("mask", torch.ones(3))
m = M()
m.mask = torch.tensor([1.0, 0.0, 1.0])
bufs = [n for n, _ in m.named_buffers()]
params = [n for n, _ in m.named_parameters()]
sd = m.state_dict()["mask"]

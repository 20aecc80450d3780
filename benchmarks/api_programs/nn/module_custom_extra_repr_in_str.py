# api: torch.nn.Module.extra_repr
import torch
import torch.nn as nn
class Scale(nn.Module):
    def __init__(self, k):
        super().__init__()
        self.k = k
    def extra_repr(self):
        return f"k={self.k}"
    def forward(self, x):
        return x * self.k
m = Scale(3)
text = repr(m)
out = m(torch.ones(2))

# api: torch.Tensor.mul_
import torch
import torch.nn as nn

class Scale(nn.Module):
    def forward(self, x):
        col = x[:, 0]
        col.mul_(10)
        return x

r = Scale()(torch.ones(2, 2))

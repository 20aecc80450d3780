# api: torch.Tensor.add_
import torch
import torch.nn as nn

class RowBias(nn.Module):
    def forward(self, x):
        for i, row in enumerate(x):
            row.add_(i)
        return x

r = RowBias()(torch.zeros(3, 2))

# api: torch.Tensor.transpose
import torch
x = torch.arange(24).reshape(2, 3, 4)
a = x.transpose(-1, -2)
b = x.transpose(0, 2).contiguous().view(-1)

# api: torch.softmax
import torch
x = torch.arange(12.0).reshape(3, 4) / 5
a = torch.softmax(x, -2)
b = x.log_softmax(dim=-1)

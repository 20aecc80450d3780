# api: torch.reshape
import torch
x = torch.arange(6)
y = torch.reshape(x, (3, -1))

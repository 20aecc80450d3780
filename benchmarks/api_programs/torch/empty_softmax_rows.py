# api: torch.softmax
import torch
x = torch.zeros(0, 5)
y = torch.softmax(x, dim=-1)
z = x.log_softmax(0)

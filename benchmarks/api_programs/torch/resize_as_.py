# api: torch.resize_as_
import torch
x = torch.arange(6.0)
out = torch.resize_as_(x, torch.empty(2, 3))
same = out is x

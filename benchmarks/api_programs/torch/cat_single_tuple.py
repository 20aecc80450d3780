# api: torch.cat
import torch
x = torch.arange(6).reshape(2, 3)
a = torch.cat((x,), 0)
b = torch.cat([x], dim=-1)

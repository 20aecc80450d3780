# api: torch.cumsum
import torch
x = torch.arange(1.0, 13.0).reshape(3, 4)
a = x.cumsum(-2)
b = torch.cumprod(x, dim=-1)

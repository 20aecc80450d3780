# api: torch.complex64
import torch
x = torch.tensor([1.0, 2.0])
c = torch.complex(x, x)
r = c.real

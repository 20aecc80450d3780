# api: torch.atleast_2d
import torch
x = torch.tensor(3.0)
y = torch.atleast_2d(x)

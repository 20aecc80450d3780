# api: torch.nonzero
import torch
x = torch.zeros(2, 3)
n = torch.nonzero(x)

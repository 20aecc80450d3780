# api: torch.special.gammaincc
import torch
a = torch.tensor([0.5, 1.0, 2.0, 4.0])
x = torch.tensor([0.5, 1.0, 3.0, 2.0])
q = torch.special.gammaincc(a, x)

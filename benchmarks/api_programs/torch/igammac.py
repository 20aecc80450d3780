# api: torch.igammac
import torch
a = torch.tensor([1.0, 2.0, 3.0])
x = torch.tensor([0.5, 1.0, 4.0])
q = torch.igammac(a, x)

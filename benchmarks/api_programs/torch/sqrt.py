# api: torch.sqrt
import torch
x = torch.tensor([0.0, 1.0, 2.0, 9.0])
roots = torch.sqrt(x)
int_roots = torch.sqrt(torch.tensor([4, 16, 25]))
negative = torch.sqrt(torch.tensor(-1.0))

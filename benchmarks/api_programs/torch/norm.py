# api: torch.norm
import torch
n = torch.norm(torch.tensor([3.0, 4.0]))
n1 = torch.norm(torch.tensor([[1.0, -2.0], [3.0, 4.0]]), p=1, dim=1)

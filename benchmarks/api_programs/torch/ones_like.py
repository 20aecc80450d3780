# api: torch.ones_like
import torch
o = torch.ones_like(torch.tensor([[1, 2]]))
of = torch.ones_like(torch.tensor([1, 2]), dtype=torch.float32)

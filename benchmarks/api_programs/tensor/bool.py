# api: torch.Tensor.bool
import torch
x = torch.tensor([0.0, 1.5, -2.0, 0.0])
nonzero_mask = x.bool()
ints = torch.tensor([[0, 3], [-1, 0]]).bool()

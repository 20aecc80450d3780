# api: torch.Tensor.isreal
import torch
z = torch.tensor([1 + 0j, 2 + 1j, -3 + 0j])
real_mask = z.isreal()
float_mask = torch.tensor([1.0, 2.0]).isreal()

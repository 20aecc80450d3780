# api: torch.isreal
import torch
z = torch.tensor([1 + 0j, 2 + 1j, -3 + 0j])
real_mask = torch.isreal(z)
floats_real = torch.isreal(torch.tensor([1.5, -2.0]))

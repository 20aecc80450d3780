# api: torch.special.bessel_j1
import torch
y = torch.special.bessel_j1(torch.tensor([0.0, 1.0, 2.5]))

# api: torch.special.spherical_bessel_j0
import torch
y = torch.special.spherical_bessel_j0(torch.tensor([0.5, 2.0]))

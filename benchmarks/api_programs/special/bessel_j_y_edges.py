# api: torch.special.bessel_j0
import torch
x = torch.tensor([0.0, 1.0, 10.0, 50.0])
j0 = torch.special.bessel_j0(x)
j1 = torch.special.bessel_j1(-x)
y0 = torch.special.bessel_y0(x)
y1 = torch.special.bessel_y1(torch.tensor([0.5, 2.0]))
k0 = torch.special.modified_bessel_k0(torch.tensor([0.5, 3.0]))
sj = torch.special.spherical_bessel_j0(torch.tensor([0.0, 3.0]))

# api: torch.special.bessel_j0
import torch
x = torch.tensor([0.0, 0.5, 1.0, 2.4048, 5.0, -3.0])
j0 = torch.special.bessel_j0(x)

# api: torch.special.bessel_y0
import torch
y = torch.special.bessel_y0(torch.tensor([0.5, 1.0, 4.0]))

# api: torch.special.bessel_y1
import torch
x = torch.tensor([0.5, 1.0, 2.0, 5.0, 10.0])
y1 = torch.special.bessel_y1(x)

# api: torch.special.modified_bessel_i1
import torch
x = torch.tensor([0.0, 0.5, 1.0, 3.0, -2.0])
y = torch.special.modified_bessel_i1(x)

# api: torch.special.modified_bessel_k0
import torch
x = torch.tensor([0.1, 0.5, 1.0, 2.0, 5.0])
y = torch.special.modified_bessel_k0(x)

# api: torch.special.scaled_modified_bessel_k0
import torch
x = torch.tensor([0.1, 0.5, 1.0, 5.0, 30.0])
y = torch.special.scaled_modified_bessel_k0(x)

# api: torch.special.modified_bessel_i0
import torch
y = torch.special.modified_bessel_i0(torch.tensor([0.0, 1.0, 3.0]))

# api: torch.special.scaled_modified_bessel_k1
import torch
y = torch.special.scaled_modified_bessel_k1(torch.tensor([0.5, 2.0]))

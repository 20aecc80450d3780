# api: torch.special.psi
import torch
x = torch.tensor([0.25, 1.0, 2.0, 7.5])
y = torch.special.psi(x)

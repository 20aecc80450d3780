# api: torch.cosh
import torch
out = torch.cosh(torch.tensor([0.0, 1.0, -2.0]))

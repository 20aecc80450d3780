# api: torch.acosh
import torch
out = torch.acosh(torch.tensor([1.0, 1.5, 3.0]))

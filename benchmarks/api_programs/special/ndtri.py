# api: torch.special.ndtri
import torch
p = torch.tensor([0.0, 0.025, 0.25, 0.5, 0.975, 1.0])
z = torch.special.ndtri(p)

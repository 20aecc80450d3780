# api: torch.linspace
import torch
l = torch.linspace(0, 1, steps=5)

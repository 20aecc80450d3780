# api: torch.lerp
import torch
out = torch.lerp(torch.tensor([0.0, 10.0]), torch.tensor([10.0, 20.0]), 0.3)

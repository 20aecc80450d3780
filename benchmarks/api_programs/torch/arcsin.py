# api: torch.arcsin
import torch
x = torch.tensor([[-1.0, -0.25], [0.3, 1.0]])
y = torch.arcsin(x)

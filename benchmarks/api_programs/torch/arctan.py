# api: torch.arctan
import torch
x = torch.tensor([-10.0, -1.0, 0.0, 1.0, 10.0])
y = torch.arctan(x)

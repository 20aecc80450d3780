# api: torch.atan
import torch
x = torch.tensor([0.2341, 0.2539, -0.6256, -0.6448])
y = torch.atan(x)

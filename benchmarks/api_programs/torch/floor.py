# api: torch.floor
import torch
x = torch.tensor([-0.8166, 1.5308, -0.2530, -0.2091, 2.0])
y = torch.floor(x)

# api: torch.cos
import torch
x = torch.tensor([0.0, 3.14159 / 3, 3.14159 / 2, 3.14159])
y = torch.cos(x)
y_int = torch.cos(torch.tensor([0, 1, 2]))

# api: torch.arcsinh
import torch
x = torch.tensor([-2.0, 0.0, 0.5, 3.0])
y = torch.arcsinh(x)
y_int = torch.arcsinh(torch.tensor([-2, 0, 3]))

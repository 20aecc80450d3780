# api: torch.selu
import torch
x = torch.tensor([-2.0, -0.5, 0.0, 1.0, 3.0])
activated = torch.selu(x)
batch = torch.selu(torch.arange(-3.0, 3.0).reshape(2, 3))

# api: torch.fix
import torch
x = torch.tensor([3.4742, 0.5466, -0.8008, -0.9079, -2.5])
y = torch.fix(x)

# api: torch.asin
import torch
x = torch.tensor([-0.5, 0.0, 0.5, 1.0])
y = torch.asin(x)

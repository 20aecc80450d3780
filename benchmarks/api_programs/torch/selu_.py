# api: torch.selu_
import torch
x = torch.tensor([-1.0, 0.0, 1.0])
torch.selu_(x)

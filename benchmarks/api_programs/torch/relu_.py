# api: torch.relu_
import torch
x = torch.tensor([-1.0, 2.0])
torch.relu_(x)

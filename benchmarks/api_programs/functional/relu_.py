# api: torch.nn.functional.relu_
import torch
import torch.nn.functional as F
x = torch.tensor([-1.0, 1.0])
F.relu_(x)

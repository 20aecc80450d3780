# api: torch.nn.functional.selu_
import torch
import torch.nn.functional as F
x = torch.tensor([-1.0, 1.0])
F.selu_(x)

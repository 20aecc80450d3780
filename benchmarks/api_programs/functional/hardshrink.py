# api: torch.nn.functional.hardshrink
import torch
import torch.nn.functional as F
y = F.hardshrink(torch.tensor([-1.0, -0.2, 0.3, 2.0]), lambd=0.5)

# api: torch.nn.functional.hardsigmoid
import torch
import torch.nn.functional as F
x = torch.tensor([-4.0, -3.0, -1.0, 0.0, 1.5, 3.0, 5.0])
y = F.hardsigmoid(x)

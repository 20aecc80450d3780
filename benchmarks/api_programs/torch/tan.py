# api: torch.tan
import torch
x = torch.tensor([0.0, 3.141592653589793 / 4, -1.0, 1.2])
tangent = torch.tan(x)
from_ints = torch.tan(torch.tensor([0, 1]))

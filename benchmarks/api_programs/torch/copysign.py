# api: torch.copysign
import torch
a = torch.tensor([1.5, -2.0, 0.0, 3.0])
negated = torch.copysign(a, -1)
signs = torch.tensor([-1.0, 1.0, -0.0, -5.0])
matched = torch.copysign(a, signs)
from_int = torch.copysign(torch.tensor([1, 2, 3]), torch.tensor([-1.0, 1.0, -1.0]))

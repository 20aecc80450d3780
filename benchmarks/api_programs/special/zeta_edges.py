# api: torch.special.zeta
import torch
a = torch.special.zeta(torch.tensor([1.0, 2.0, 0.5]), torch.tensor([1.0, 1.0, 1.0]))
b = torch.special.zeta(2.0, torch.tensor([1.0, 3.0]))
c = torch.special.zeta(torch.tensor([4.0]), 2)

# api: torch.special.erfc
import torch
x = torch.tensor([-1.0, 0.0, 0.5, 1.0, 2.0, 4.0])
ec = torch.special.erfc(x)

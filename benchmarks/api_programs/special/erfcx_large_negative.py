# api: torch.special.erfcx
import torch
x = torch.tensor([-5.0, -1.0, 0.0, 1.0, 30.0, 1e5])
e = torch.special.erfcx(x)
ec = torch.special.erfc(torch.tensor([10.0, -10.0, 5.0]))

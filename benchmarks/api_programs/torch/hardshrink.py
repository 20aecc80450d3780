# api: torch.hardshrink
import torch
x = torch.tensor([-1.0, -0.4, 0.0, 0.3, 0.6, 2.0])
shrunk = torch.hardshrink(x)
shrunk_wide = torch.hardshrink(x, 1.0)

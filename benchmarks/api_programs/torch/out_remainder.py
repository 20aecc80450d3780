# api: torch.remainder
import torch
o = torch.empty(2)
torch.remainder(torch.tensor([-3., 5.]), 2, out=o)

# api: torch.fix_
import torch
x = torch.tensor([-1.5, 1.5])
torch.fix_(x)

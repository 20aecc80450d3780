# api: torch.narrow
import torch
x = torch.ones(4)
torch.narrow(x, 0, 1, 2).zero_()

# api: torch.erfc_
import torch
x = torch.tensor([-2.0, 0.0, 0.3, 1.5])
torch.erfc_(x)

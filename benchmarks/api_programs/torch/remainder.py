# api: torch.remainder
import torch
r = torch.remainder(torch.tensor([-3, 3, 5]), 2)
rf = torch.remainder(torch.tensor([-3.5, 2.5]), 2)

# api: torch.narrow
import torch
n = torch.narrow(torch.arange(10), 0, 2, 3)

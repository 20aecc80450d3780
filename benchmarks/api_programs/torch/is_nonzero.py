# api: torch.is_nonzero
import torch
flag = torch.is_nonzero(torch.tensor([0.0]))
flag2 = torch.is_nonzero(torch.tensor(3))

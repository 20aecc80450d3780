# api: torch.t
import torch
x = torch.zeros(2, 3)
tt = torch.t(x)
tt += 1

# api: torch.numel
import torch
a = torch.zeros(2, 0).numel()
b = torch.tensor(3.0).numel()
c = torch.tensor(3.0).shape
d = len(torch.zeros(0, 4))

# api: torch.sinc
import torch
x = torch.tensor([0.0, 0.5, 1.0, -1.5, 2.25])
normalized = torch.sinc(x)
from_ints = torch.sinc(torch.tensor([0, 1, 2]))

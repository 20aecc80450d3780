# api: torch.fill_
import torch
x = torch.zeros(2, 3)
torch.fill_(x, 1.5)
counts = torch.arange(4)
torch.fill_(counts, -1)

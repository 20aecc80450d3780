# api: torch.select
import torch
x = torch.zeros(2, 3)
torch.select(x, 1, 0).fill_(8.)

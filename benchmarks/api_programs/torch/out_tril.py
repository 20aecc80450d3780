# api: torch.tril
import torch
x = torch.ones(3, 3)
o = torch.empty(3, 3)
torch.tril(x, out=o)

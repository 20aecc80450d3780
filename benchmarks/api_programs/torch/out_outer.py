# api: torch.outer
import torch
o = torch.empty(2, 3)
torch.outer(torch.tensor([1., 2.]), torch.tensor([1., 0., -1.]), out=o)

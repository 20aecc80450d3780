# api: torch.sum
import torch
e = torch.zeros(0, 3)
s = torch.sum(e, dim=0)
m = e.shape
cat = torch.cat([e, torch.ones(2, 3)], dim=0)
empty_arange = torch.arange(0)
prod_empty = torch.prod(torch.tensor([]))
numel = e.numel()

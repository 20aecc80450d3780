# api: torch.sum
import torch
x = torch.ones(2, 3)
res = torch.empty(3)
returned = torch.sum(x, dim=0, out=res)
same = returned is res

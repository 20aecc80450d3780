# api: torch.msort
import torch
x = torch.tensor([[3, 1], [1, 2], [2, 0]])
m = torch.msort(x)
s = torch.sort(x, dim=0, descending=True)
sv = s[0]
si = s[1]

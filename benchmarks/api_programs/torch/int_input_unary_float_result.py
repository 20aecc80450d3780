# api: torch.sqrt
import torch
i = torch.tensor([1, 4, 9])
s = torch.sqrt(i)
e = torch.exp(torch.tensor([0, 1]))
sg = torch.sigmoid(torch.tensor([0, 2]))
m = torch.mean(i.float())
ab = torch.abs(torch.tensor([-3, 4]))
ng = torch.neg(i)
s_dtype = s.dtype
ab_dtype = ab.dtype

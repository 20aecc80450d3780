# api: torch.sum
import torch
x = torch.arange(24).view(2, 3, 4)
s = x.sum()
s1 = x.sum(dim=1)
s2 = torch.sum(x, (0, 2))
s3 = x.sum(-1, keepdim=True)
sf = torch.sum(x, dim=0, dtype=torch.float32)
b = torch.tensor([True, False, True]).sum()
mean = x.float().mean(dim=[1, 2])
mean_all = x.double().mean()

# api: torch.Tensor.__truediv__
import torch
i = torch.tensor([7, -7, 4])
a = i / 2
b = i / torch.tensor([2, 2, 3])
c = torch.true_divide(i, 2)
d = 1 / i.float()
e = i.float() ** -1
f = i.pow(2)
g = i.sum() / len(i)
h = torch.div(i, 3)
k = i // torch.tensor(2)
l = i.div(2, rounding_mode="floor")
m = (i * 1.0).div_(4)
n = i.float().floor_divide(2)
o = i / i.numel()
p = i.to(torch.float32) / 3.0
q = torch.sum(i, dim=0) / i.shape[0]

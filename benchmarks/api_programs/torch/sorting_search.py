# api: torch.argsort
import torch
x = torch.tensor([[3.0, 1.0, 2.0], [0.0, 5.0, 4.0]])
a = torch.argsort(x)
b = x.argsort(dim=0, descending=True)
c = torch.kthvalue(x, 2, dim=1)
c_vals = c.values
d = torch.median(x)
e = x.median(dim=1)
f = torch.mode(torch.tensor([1, 2, 2, 3]))
g = torch.searchsorted(torch.tensor([1, 3, 5, 7]), torch.tensor([2, 6]))
h = torch.bucketize(torch.tensor([2, 6]), torch.tensor([1, 3, 5, 7]))
i = torch.quantile(x, 0.5)
j = torch.quantile(x, torch.tensor([0.25, 0.75]), dim=1)
k = torch.msort(x)
l = x.max(dim=1)
l_vals, l_idx = l
m = torch.aminmax(x)
n = torch.take_along_dim(x, x.argsort(1), dim=1)

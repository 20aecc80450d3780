# api: torch.tensor
import torch
x = torch.tensor([1.0, 2.0, 3.0])
s = x.sum()
m = x.mean()
item = x.max().item()
scalar = torch.tensor(3.5)
scalar_int = torch.tensor(7)
dims = scalar.dim()
shape = scalar.shape
numel = scalar.numel()
added = scalar + x
prod = s * m
idx = x.argmax()
indexed = x[idx]
as_int = int(x.sum())
as_float = float(x[1])
lst = x.tolist()
n = len(x)
zero_d = x[0]
z_shape = zero_d.shape
stacked = torch.stack([x.sum(), x.mean()])

# api: torch.Tensor.eq
import torch
x = torch.tensor([1, 2, 3, 4])
y = torch.tensor([1, 0, 3, 5])
a = x == y
b = x != 2
c = x > 2.5
d = x.ge(y)
e = torch.lt(x, 3)
f = x.le(torch.tensor(2))
g = torch.eq(x, y).all()
h = (x > 1) & (x < 4)
i = (x < 2) | (y == 5)
j = (x > 2) ^ (y > 2)
k = x.gt(y).any()
l = torch.equal(x, x.clone())
m = (x == y).sum()
n = x.float() >= 2
o = torch.isclose(x.float(), y.float())
p = torch.allclose(x.float(), x.float() + 1e-9)
q = torch.ne(x, y).nonzero()

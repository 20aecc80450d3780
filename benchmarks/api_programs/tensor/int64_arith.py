# api: torch.Tensor.__floordiv__
import torch
x = torch.tensor([7, -7, 5, -3])
a = x // 2
b = x % 3
c = torch.div(x, 2, rounding_mode="floor")
d = torch.div(x, 2, rounding_mode="trunc")
e = x / 2
f = torch.floor_divide(x, 2)
g = x * 3 + 1
h = -x
i = x ** 2
j = torch.remainder(x, -3)
k = torch.fmod(x, 3)
l = x.abs().sum()
m = x.div(2)
n = 2 ** torch.tensor([1, 2, 3])
o = (x * x).max()
p = torch.tensor(2 ** 40) * 4
q = x.sum() // 3

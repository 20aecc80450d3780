# api: torch.logical_and
import torch
a = torch.tensor([True, False, True, False])
b = torch.tensor([True, True, False, False])
c = torch.logical_and(a, b)
d = torch.logical_or(a, b)
e = torch.logical_not(a)
f = torch.logical_xor(a, b)
g = a & b
h = a | b
i = ~a
j = torch.tensor([5, 3]) & torch.tensor([1, 2])
k = torch.tensor([5, 3]) | 8
l = torch.bitwise_xor(torch.tensor([5]), torch.tensor([1]))
m = torch.tensor([1, 0, 2]).logical_not()
n = torch.tensor([4, 8]) >> 1
o = torch.tensor([1, 2]) << 2
p = a.all()
q = a.any()
r = torch.all(torch.tensor([[True, True], [False, True]]), dim=1)
s = a.sum() > 1
t = ~torch.tensor([0, 5])
u = a.logical_and(b).float()

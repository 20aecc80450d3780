# api: torch.zeros
import torch
a = torch.zeros(2, 3)
b = torch.zeros((2, 3), dtype=torch.long)
c = torch.ones([4], dtype=torch.bool)
d = torch.full((2, 2), 7)
e = torch.full((2,), 1.5)
f = torch.full([2, 2], True)
g = torch.zeros(3, device="cpu")
h = torch.ones(2, 2, device=torch.device("cpu"), dtype=torch.float64)
i = torch.zeros_like(b)
j = torch.ones_like(a, dtype=torch.int32)
k = torch.full_like(a, 3)
l = torch.empty(2, 3).shape
m = a.new_zeros(4)
n = a.new_ones((1, 2))
o = b.new_full((2,), 5)
p = a.new_tensor([1, 2])

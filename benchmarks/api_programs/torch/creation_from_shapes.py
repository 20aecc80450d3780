# api: torch.zeros
import torch
x = torch.arange(6.).view(2, 3)
a = torch.zeros(x.size(0), 4)
b = torch.zeros(*x.shape)
c = torch.ones(x.shape, dtype=torch.int64)
d = torch.zeros(size=(2, 2))
e = torch.zeros(2, 3).to(x)
f = torch.full((2, 2), float("-inf"))
g = torch.full_like(x, fill_value=2, dtype=torch.long)
h = torch.empty(3).fill_(1.5)
i = torch.tensor(x.shape)
j = x.new_empty((2, 2)).shape
k = torch.zeros_like(x).to(torch.bool)
l = torch.arange(0, 4, dtype=torch.long)
m = torch.arange(x.size(1)).float()
n = torch.eye(2, 3)
o = torch.ones(2, 1) * torch.arange(3)
p = torch.tensor([x.shape[0], x.shape[1]]) * 2
q = torch.zeros(x.size()).long()
r = torch.empty((0,), dtype=torch.float32).numel()

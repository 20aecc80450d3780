# api: torch.tensordot
import torch
a = torch.arange(6, dtype=torch.float32).reshape(2, 3)
b = torch.arange(12, dtype=torch.float32).reshape(3, 4)
t1 = torch.tensordot(a, b, dims=1)
t2 = torch.tensordot(a, b, dims=([1], [0]))
t0 = torch.tensordot(a, a, dims=2)
tt = torch.tensordot(a, b.t(), dims=([1], [1]))

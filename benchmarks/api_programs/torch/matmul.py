# api: torch.matmul
import torch
a = torch.arange(6.).view(2, 3)
b = torch.arange(3.)
c = torch.matmul(a, b)
batched = torch.matmul(torch.ones(4, 2, 3), torch.ones(3, 5))
results = {"c": c, "batched": batched.shape}

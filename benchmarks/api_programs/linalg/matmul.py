# api: torch.linalg.matmul
import torch
a = torch.arange(6.).reshape(2, 3)
b = torch.arange(12.).reshape(3, 4)
c = torch.linalg.matmul(a, b)
v = torch.tensor([1.0, -1.0, 2.0])
mv = torch.linalg.matmul(a, v)
batch = torch.linalg.matmul(torch.arange(12).reshape(2, 2, 3), torch.arange(6).reshape(3, 2))

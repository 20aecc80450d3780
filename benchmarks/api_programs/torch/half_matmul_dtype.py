# api: torch.matmul
import torch
a = torch.ones(2, 3, dtype=torch.float16)
b = torch.ones(3, 2, dtype=torch.float16)
c = a.float() @ b.float()
d = (a.float() @ b.float()).half().dtype

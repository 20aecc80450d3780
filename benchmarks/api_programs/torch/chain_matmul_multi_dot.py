# api: torch.chain_matmul
import torch
a = torch.ones(2, 3)
b = torch.ones(3, 4) * 2
c = torch.ones(4, 1)
cm = torch.chain_matmul(a, b, c)
md = torch.linalg.multi_dot([a, b, c])

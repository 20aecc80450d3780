# api: torch.linalg.multi_dot
import torch
a = torch.ones(2, 3)
b = torch.arange(12.).reshape(3, 4)
c = torch.ones(4, 1)
out = torch.linalg.multi_dot([a, b, c])

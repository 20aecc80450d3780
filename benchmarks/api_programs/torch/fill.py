# api: torch.fill
import torch
x = torch.arange(6.).reshape(2, 3)
filled = torch.fill(x, 2.5)
ints = torch.fill(torch.zeros(3, dtype=torch.int64), 7)

# api: torch.Tensor.__setitem__
import torch
x = torch.arange(6.).reshape(2, 3)
x[x > 2] = 0.
y = torch.zeros(4, dtype=torch.int64)
y[torch.tensor([True, False, True, False])] = 7

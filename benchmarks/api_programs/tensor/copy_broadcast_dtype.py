# api: torch.Tensor.copy_
import torch
x = torch.zeros(2, 3)
x.copy_(torch.tensor([1, 2, 3]))
y = torch.zeros(3, dtype=torch.int64)
y.copy_(torch.tensor([1.7, -2.2, 3.5]))

# api: torch.Tensor.ge_
import torch
x = torch.tensor([0.5, 1.0, 1.5, 2.0])
x.ge_(1.0)
y = torch.tensor([3, 1, 4])
y.ge_(torch.tensor([2, 2, 4]))

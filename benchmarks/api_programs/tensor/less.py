# api: torch.Tensor.less
import torch
a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([[2, 2], [1, 5]])
result = a.less(b)
below_three = a.less(3)

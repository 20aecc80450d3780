# api: torch.Tensor.less_equal
import torch
a = torch.tensor([1, 2, 3])
b = torch.tensor([2, 2, 2])
le = a.less_equal(b)

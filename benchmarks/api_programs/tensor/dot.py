# api: torch.Tensor.dot
import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([4.0, -5.0, 0.5])
d = a.dot(b)
i = torch.tensor([1, 2, 3]).dot(torch.tensor([3, 2, 1]))

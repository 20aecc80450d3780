# api: torch.Tensor.dot
import torch
a = torch.tensor([1, 2, 3])
d = a.dot(torch.tensor([4, 5, 6]))

# api: torch.Tensor.softmax
import torch
x = torch.tensor([[1., 2., 3.], [1., 1., 1.]])
a = x.softmax(-1)
b = x.softmax(dim=0, dtype=torch.float64)

# api: torch.Tensor.log_softmax
import torch
x = torch.tensor([[1., 2., 3.]])
a = x.log_softmax(-1)
b = x.log_softmax(dim=1).exp().sum()

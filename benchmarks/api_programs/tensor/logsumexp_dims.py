# api: torch.Tensor.logsumexp
import torch
x = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
a = x.logsumexp(dim=-1)
b = x.logsumexp(0, keepdim=True)

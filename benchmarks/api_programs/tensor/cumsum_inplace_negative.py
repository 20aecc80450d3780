# api: torch.Tensor.cumsum_
import torch
x = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
x.cumsum_(dim=-1)

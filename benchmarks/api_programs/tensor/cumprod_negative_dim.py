# api: torch.Tensor.cumprod
import torch
x = torch.tensor([[1., 2., 3.], [0.5, 2., 4.]])
c = x.cumprod(-1)

# api: torch.Tensor.cumsum
import torch
x = torch.tensor([1., 2., 3.], dtype=torch.float16)
c = x.cumsum(dim=0)

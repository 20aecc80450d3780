# api: torch.Tensor.prod
import torch
x = torch.tensor([[1., 2.], [3., 4.]], dtype=torch.float16)
p = x.prod(1)

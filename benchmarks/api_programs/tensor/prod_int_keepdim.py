# api: torch.Tensor.prod
import torch
x = torch.tensor([[1, 2, 3], [4, 5, 6]], dtype=torch.int32)
p = x.prod(dim=-1, keepdim=True)
pall = x.prod()

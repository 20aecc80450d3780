# api: torch.Tensor.sum
import torch
x = torch.tensor([[1, 2, 3], [4, 5, 6]], dtype=torch.int32)
total = x.sum()
cols = x.sum(0)
rows = x.sum(dim=1, keepdim=True)
as_float = x.sum(dtype=torch.float32)

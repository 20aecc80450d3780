# api: torch.Tensor.new_tensor
import torch
x = torch.ones(3, dtype=torch.int32)
t = x.new_tensor([1, 2, 3])
truncated = x.new_tensor([[0.5, 1.5]])
as_double = x.new_tensor([1, 2], dtype=torch.float64)

# api: torch.Tensor.new_tensor
import torch
x = torch.ones(2, dtype=torch.float64)
a = x.new_tensor([1, 2])
b = torch.ones(2, dtype=torch.int32).new_tensor([1.5, 2.5])
c = x.new_tensor(3)

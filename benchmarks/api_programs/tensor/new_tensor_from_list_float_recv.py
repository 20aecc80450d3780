# api: torch.Tensor.new_tensor
import torch
x = torch.zeros(2, dtype=torch.float64)
t = x.new_tensor([1, 2, 3])
t2 = x.new_tensor([1.5, 2.5])

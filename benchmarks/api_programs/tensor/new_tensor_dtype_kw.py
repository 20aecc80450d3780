# api: torch.Tensor.new_tensor
import torch
x = torch.zeros(2)
t = x.new_tensor([1, 2], dtype=torch.int64)
t2 = x.new_tensor(torch.tensor([1.5]))

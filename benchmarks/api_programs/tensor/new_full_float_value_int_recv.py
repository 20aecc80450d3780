# api: torch.Tensor.new_full
import torch
x = torch.tensor([1, 2], dtype=torch.int64)
f = x.new_full((2, 2), 3.7)
g = x.new_full(size=(3,), fill_value=-1)

# api: torch.Tensor.lt
import torch
x = torch.arange(5)
lt_two = x.lt(2)
lt_tensor = x.lt(torch.tensor([1, 1, 3, 3, 5]))
lt_float = x.lt(2.5)

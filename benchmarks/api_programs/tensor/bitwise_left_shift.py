# api: torch.Tensor.bitwise_left_shift
import torch
a = torch.tensor([1, 2, 3, 7], dtype=torch.int64)
out = a.bitwise_left_shift(2)

# api: torch.Tensor.new_ones
import torch
base = torch.tensor([1, 2], dtype=torch.int32)
ones = base.new_ones((2, 3))
ones_f = base.new_ones(3, dtype=torch.float64)

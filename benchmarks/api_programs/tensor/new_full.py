# api: torch.Tensor.new_full
import torch
base = torch.zeros(2, dtype=torch.float64)
filled = base.new_full((2, 3), 7)
ints = base.new_full([4], 1, dtype=torch.int32)

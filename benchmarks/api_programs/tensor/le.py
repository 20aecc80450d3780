# api: torch.Tensor.le
import torch
x = torch.tensor([1, 5, 3])
le_scalar = x.le(3)
le_tensor = x.le(torch.tensor([2, 5, 1]))

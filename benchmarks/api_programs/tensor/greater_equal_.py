# api: torch.Tensor.greater_equal_
import torch
x = torch.tensor([[1, 2], [3, 4]])
x.greater_equal_(3)

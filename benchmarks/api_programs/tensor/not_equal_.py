# api: torch.Tensor.not_equal_
import torch
x = torch.tensor([1.0, 2.0, 3.0])
x.not_equal_(torch.tensor([1.0, 0.0, 3.0]))

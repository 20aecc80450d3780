# api: torch.Tensor.multiply_
import torch
x = torch.arange(1.0, 5.0)
x.multiply_(torch.tensor([2.0, 0.5, -1.0, 0.0]))

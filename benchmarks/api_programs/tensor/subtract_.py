# api: torch.Tensor.subtract_
import torch
x = torch.tensor([5.0, 6.0, 7.0])
x.subtract_(torch.tensor([1.0, 1.0, 1.0]), alpha=2)

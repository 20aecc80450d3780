# api: torch.Tensor.mul_
import torch
w = torch.ones(2, 3)
w.mul_(torch.tensor([1.0, 2.0, 3.0]))
counts = torch.arange(4)
counts.mul_(3)

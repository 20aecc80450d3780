# api: torch.Tensor.data
import torch
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
snapshot = w.data.clone()
w.data.mul_(0.5)
raw = w.data
raw_requires_grad = raw.requires_grad

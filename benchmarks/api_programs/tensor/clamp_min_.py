# api: torch.Tensor.clamp_min_
import torch
var = torch.tensor([1e-8, 0.5, 0.0, 2.0])
var.clamp_min_(1e-5)

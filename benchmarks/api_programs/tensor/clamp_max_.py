# api: torch.Tensor.clamp_max_
import torch
x = torch.tensor([0.5, 2.5, 10.0, -1.0])
x.clamp_max_(2.0)

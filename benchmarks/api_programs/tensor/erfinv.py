# api: torch.Tensor.erfinv
import torch
p = torch.tensor([-0.9, -0.5, 0.0, 0.3, 0.99])
z = p.erfinv()

# api: torch.Tensor.lgamma
import torch
x = torch.tensor([0.5, 1.0, 4.5])
out = x.lgamma()

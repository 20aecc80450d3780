# api: torch.Tensor.log1p_
import torch
x = torch.tensor([0.0, 1e-5, 1.0, -0.5])
x.log1p_()

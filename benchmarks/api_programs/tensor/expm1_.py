# api: torch.Tensor.expm1_
import torch
x = torch.tensor([0.5, -0.5, 3.0])
x.expm1_()

# api: torch.Tensor.sinh_
import torch
x = torch.tensor([0.5, -0.5])
x.sinh_()

# api: torch.Tensor.atan_
import torch
x = torch.tensor([[0.3, -0.3], [7.0, -0.01]])
x.atan_()

# api: torch.Tensor.square_
import torch
x = torch.tensor([[1.0, -2.0], [0.5, 3.0]])
x.square_()

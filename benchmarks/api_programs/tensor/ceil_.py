# api: torch.Tensor.ceil_
import torch
x = torch.tensor([[0.1, 1.9], [-0.9, -2.1]])
x.ceil_()

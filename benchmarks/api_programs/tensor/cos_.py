# api: torch.Tensor.cos_
import torch
x = torch.tensor([[0.25, -0.25], [1.5, 6.0]])
x.cos_()

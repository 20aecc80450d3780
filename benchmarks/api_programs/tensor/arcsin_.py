# api: torch.Tensor.arcsin_
import torch
x = torch.tensor([0.5, -0.5, 0.99])
x.arcsin_()

# api: torch.Tensor.asin_
import torch
x = torch.tensor([[0.1, 0.2], [-0.7, 0.0]])
x.asin_()

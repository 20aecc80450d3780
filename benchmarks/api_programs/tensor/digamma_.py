# api: torch.Tensor.digamma_
import torch
x = torch.tensor([[1.5, 4.0], [0.25, 7.0]])
x.digamma_()

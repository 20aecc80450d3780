# api: torch.Tensor.lgamma_
import torch
x = torch.tensor([0.5, 1.0, 2.5, 10.0])
x.lgamma_()

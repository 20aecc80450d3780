# api: torch.Tensor.mvlgamma_
import torch
x = torch.tensor([2.5, 3.0, 4.0])
x.mvlgamma_(p=2)

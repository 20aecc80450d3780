# api: torch.Tensor.arccosh_
import torch
x = torch.tensor([1.2, 3.0, 7.5])
x.arccosh_()

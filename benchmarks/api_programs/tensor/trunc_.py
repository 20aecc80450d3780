# api: torch.Tensor.trunc_
import torch
x = torch.tensor([2.9, -2.9])
x.trunc_()

# api: torch.Tensor.frac_
import torch
x = torch.tensor([3.75, -1.5])
x.frac_()

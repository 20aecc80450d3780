# api: torch.Tensor.log10_
import torch
x = torch.tensor([10.0, 5.0, 1000.0])
x.log10_()

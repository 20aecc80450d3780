# api: torch.Tensor.sqrt_
import torch
x = torch.tensor([4.0, 2.0, 0.0])
x.sqrt_()

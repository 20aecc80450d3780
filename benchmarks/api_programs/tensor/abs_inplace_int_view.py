# api: torch.Tensor.abs_
import torch
x = torch.tensor([[-1, 2], [3, -4]])
x[0].abs_()

# api: torch.Tensor.abs_
import torch
x = torch.tensor([[-1.0, 2.0], [3.0, -4.0]])
x.abs_()

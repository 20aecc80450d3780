# api: torch.Tensor.sigmoid_
import torch
x = torch.tensor([0., 1.], dtype=torch.float64)
x.sigmoid_()

# api: torch.Tensor.tan_
import torch
x = torch.tensor([0.25, 1.0])
x.tan_()

# api: torch.Tensor.floor_
import torch
x = torch.tensor([[-1.5, 0.5], [2.999, -0.001]])
x.floor_()

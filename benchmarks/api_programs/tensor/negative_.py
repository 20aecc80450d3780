# api: torch.Tensor.negative_
import torch
x = torch.tensor([0.5, -1.25, 3.0])
x.negative_()

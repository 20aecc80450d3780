# api: torch.Tensor.exp2_
import torch
x = torch.tensor([0.0, 1.0, 3.0])
x.exp2_()

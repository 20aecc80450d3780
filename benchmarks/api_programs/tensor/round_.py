# api: torch.Tensor.round_
import torch
x = torch.tensor([1.4, 2.6, -3.5])
x.round_()

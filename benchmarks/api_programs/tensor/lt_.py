# api: torch.Tensor.lt_
import torch
x = torch.tensor([1.0, 2.0, 3.0])
x.lt_(torch.tensor([2.0, 2.0, 2.0]))

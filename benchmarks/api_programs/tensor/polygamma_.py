# api: torch.Tensor.polygamma_
import torch
x = torch.tensor([1.0, 2.0, 3.0])
x.polygamma_(2)

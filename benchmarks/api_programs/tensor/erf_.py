# api: torch.Tensor.erf_
import torch
x = torch.tensor([[0.1, -1.0], [3.0, 0.7]])
x.erf_()

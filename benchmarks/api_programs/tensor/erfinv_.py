# api: torch.Tensor.erfinv_
import torch
x = torch.tensor([[0.1, -0.1], [0.75, 0.5]])
x.erfinv_()

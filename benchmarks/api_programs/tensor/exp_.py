# api: torch.Tensor.exp_
import torch
x = torch.tensor([[0.0, -2.0], [1.0, 0.3]])
x.exp_()

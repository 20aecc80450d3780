# api: torch.Tensor.arccos_
import torch
x = torch.tensor([[0.1, -0.1], [0.6, -1.0]])
x.arccos_()

# api: torch.Tensor.argwhere
import torch
x = torch.tensor([[0., 1.5], [2., 0.]])
w = x.argwhere()

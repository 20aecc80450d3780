# api: torch.Tensor.t_
import torch
x = torch.arange(4.).view(2, 2)
x.t_()

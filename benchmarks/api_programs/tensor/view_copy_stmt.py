# api: torch.Tensor.copy_
import torch
x = torch.zeros(2, 2)
x.view(-1).copy_(torch.arange(4.))

# api: torch.Tensor.unsqueeze_
import torch
x = torch.arange(3.)
x.unsqueeze_(-1)
s = x.shape

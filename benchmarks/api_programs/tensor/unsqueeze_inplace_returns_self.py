# api: torch.Tensor.unsqueeze_
import torch
x = torch.arange(3.)
y = x.unsqueeze_(0)
same = y is x
s = y.shape

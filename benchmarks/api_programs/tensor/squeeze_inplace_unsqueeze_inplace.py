# api: torch.Tensor.unsqueeze_
import torch
x = torch.zeros(3)
x.unsqueeze_(0)
s1 = x.shape
x.squeeze_()
s2 = x.shape

# api: torch.Tensor.unsqueeze_
import torch
x = torch.arange(4.0)
x.unsqueeze_(0)
y = torch.ones(2, 3)
y.unsqueeze_(-1)

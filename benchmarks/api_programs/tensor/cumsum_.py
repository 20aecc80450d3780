# api: torch.Tensor.cumsum_
import torch
x = torch.arange(1., 7.).view(2, 3)
x.cumsum_(0)

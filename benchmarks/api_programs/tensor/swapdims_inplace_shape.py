# api: torch.Tensor.swapdims_
import torch
x = torch.arange(6.).view(2, 3)
x.swapdims_(0, 1)

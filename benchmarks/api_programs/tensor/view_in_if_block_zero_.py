# api: torch.Tensor.zero_
import torch
x = torch.ones(4)
if x.sum() > 0:
    head = x[:2]
    head.zero_()

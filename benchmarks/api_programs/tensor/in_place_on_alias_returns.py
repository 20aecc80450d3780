# api: torch.Tensor.sub_
import torch
x = torch.tensor([5., 6., 7.])
y = x.sub_(1).mul_(2)
same = y is x

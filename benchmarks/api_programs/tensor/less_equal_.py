# api: torch.Tensor.less_equal_
import torch
x = torch.tensor([3, 1, 2])
x.less_equal_(2)

# api: torch.Tensor.diag
import torch
x = torch.arange(9).reshape(3, 3)
d = x.diag(1)
m = torch.tensor([1, 2]).diag()

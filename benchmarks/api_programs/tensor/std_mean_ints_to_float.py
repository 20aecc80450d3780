# api: torch.Tensor.float
import torch
x = torch.tensor([1, 2, 3, 4])
m = x.float().mean()
s = x.double().std()

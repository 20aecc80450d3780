# api: torch.Tensor.size
import torch
x = torch.zeros(2, 3, 4)
b, c, *rest = x.shape
h, w = x.shape[-2:]
n = x.size()[0]
t = torch.tensor(x.shape)

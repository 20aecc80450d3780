# api: torch.Tensor.to
import torch
x = torch.tensor([0., 1., -2., 0.5])
b = x.to(torch.bool)
i = b.to(torch.uint8)

# api: torch.Tensor.__getitem__
import torch
x = torch.arange(6).reshape(3, 2)
a = x[torch.tensor([True, False, True])]
b = x[[True, False, True]]

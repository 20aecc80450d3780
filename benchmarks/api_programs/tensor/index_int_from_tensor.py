# api: torch.Tensor.__getitem__
import torch
x = torch.arange(10, 20)
i = torch.tensor(3)
a = x[int(i)]
b = x[i.item():]

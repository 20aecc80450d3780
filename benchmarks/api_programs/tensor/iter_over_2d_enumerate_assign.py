# api: torch.Tensor.__iter__
import torch
x = torch.zeros(3, 2)
for i, row in enumerate(x):
    row += i
y = [r.clone() for r in torch.arange(4).reshape(2, 2)]

# api: torch.Tensor.__float__
import torch
x = torch.tensor([2.7])
f = float(x)
i = int(x)
b = bool(torch.tensor([0.]))

# api: torch.Tensor.exp2
import torch
x = torch.tensor([0.0, 1.0, 3.0, -1.0, 0.5])
y = x.exp2()
powers = torch.arange(5).exp2()

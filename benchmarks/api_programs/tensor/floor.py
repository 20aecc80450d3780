# api: torch.Tensor.floor
import torch
x = torch.tensor([-1.5, -0.2, 0.0, 0.7, 2.999])
out = x.floor()

# api: torch.Tensor.to
import torch
x = torch.tensor([float('nan'), 0.0, -0.0, float('inf')])
b = x.to(torch.bool)
i = x[1:].to(torch.int32)

# api: torch.rsqrt_
import torch
x = torch.tensor([1.0, 4.0, 0.25, 16.0])
torch.rsqrt_(x)

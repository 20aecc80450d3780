# api: torch.rsqrt
import torch
r = torch.rsqrt(torch.tensor([4.0, 16.0]))

# api: torch.Tensor.clamp_
import torch
x = torch.tensor([float('nan'), -5., 5., float('inf')])
x.clamp_(-1, 1)

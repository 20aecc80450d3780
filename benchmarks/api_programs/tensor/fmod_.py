# api: torch.Tensor.fmod_
import torch
x = torch.tensor([5.5, -5.5, 4.0])
x.fmod_(2.0)

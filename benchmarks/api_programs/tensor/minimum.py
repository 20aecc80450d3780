# api: torch.Tensor.minimum
import torch
a = torch.tensor([[1.0, 5.0], [float('nan'), 2.0]])
b = torch.tensor([3.0, 0.0])
smallest = a.minimum(b)

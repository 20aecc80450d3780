# api: torch.Tensor.atan2
import torch
dy = torch.tensor([[1.0, 0.0], [-2.0, 3.0]])
dx = torch.tensor([[0.0, -1.0], [-2.0, 4.0]])
heading = dy.atan2(dx)
broadcast = dy.atan2(torch.tensor([1.0, -1.0]))

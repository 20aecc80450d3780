# api: torch.Tensor.__floordiv__
import torch
a = torch.tensor([7, -7, 9])
q = a // 2

# api: torch.as_tensor
import torch
a = torch.as_tensor([1, 2, 3])
b = torch.as_tensor([1.0, 2.0], dtype=torch.float64)

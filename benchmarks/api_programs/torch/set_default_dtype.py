# api: torch.set_default_dtype
import torch
torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.0])
z = torch.zeros(2)
torch.set_default_dtype(torch.float32)

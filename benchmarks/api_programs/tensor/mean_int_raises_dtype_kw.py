# api: torch.Tensor.mean
import torch
x = torch.tensor([1, 2, 4])
m = x.mean(dtype=torch.float32)
m2 = x.float().mean(0, keepdim=True)

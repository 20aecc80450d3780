# api: torch.Tensor.cpu
import torch
x = torch.tensor([1.0, 2.0, 3.0])
y = x.cpu()
doubled = (x * 2).cpu()

# api: torch.Tensor.ge
import torch
x = torch.arange(6).reshape(2, 3)
y = torch.tensor([1, 3, 5])
g = x.ge(y)
le = x <= y[:, None][:2, :1] if False else x <= 3

# api: torch.Tensor.add_
import torch
acc = torch.zeros(2, 3)
step = torch.arange(6, dtype=torch.float32).reshape(2, 3)
acc.add_(step)
acc.add_(step, alpha=-0.5)
acc.add_(1.0)

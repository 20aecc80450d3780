# api: torch.detach
import torch
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = w * 2
frozen = torch.detach(y)
frozen_requires_grad = frozen.requires_grad
y_requires_grad = y.requires_grad

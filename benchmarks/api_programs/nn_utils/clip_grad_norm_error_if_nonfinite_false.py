# api: torch.nn.utils.clip_grad_norm_
import torch
import torch.nn as nn
a = nn.Parameter(torch.ones(3))
b = nn.Parameter(torch.ones(2))
(a * torch.tensor([1.0, 2.0, 2.0])).sum().backward()
(b * torch.tensor([0.0, 4.0])).sum().backward()
norm = nn.utils.clip_grad_norm_([a, b], max_norm=2.5, norm_type=2.0, error_if_nonfinite=False)
ga = a.grad
gb = b.grad

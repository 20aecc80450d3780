# api: torch.nn.utils.clip_grad_norm_
import torch
import torch.nn as nn
w = nn.Parameter(torch.tensor([3.0, 4.0]))
(w * w).sum().backward()
total = nn.utils.clip_grad_norm_([w], max_norm=1.0)
g = w.grad

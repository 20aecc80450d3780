# api: torch.nn.utils.clip_grad_value_
import torch
import torch.nn as nn
w = nn.Parameter(torch.tensor([1.0, 2.0, 3.0]))
(w ** 3).sum().backward()
nn.utils.clip_grad_value_([w], 5.0)
clipped = w.grad

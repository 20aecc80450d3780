# api: torch.nn.utils.clip_grad_norm
import torch
import torch.nn as nn
w = nn.Parameter(torch.tensor([3.0, 4.0]))
b = nn.Parameter(torch.tensor([1.0]))
(w * w).sum().add(b.sum() * 2).backward()
total_norm = nn.utils.clip_grad_norm([w, b], max_norm=2.0)
w_grad = w.grad
b_grad = b.grad

# api: torch.nn.utils.clip_grad_norm_
import torch
import torch.nn as nn
w = nn.Parameter(torch.tensor([1.0, -2.0, 3.0]))
(w * torch.tensor([3.0, 4.0, 0.0])).sum().backward()
norm = nn.utils.clip_grad_norm_(w, 2.0, norm_type=1)
grad = w.grad
big = nn.Parameter(torch.ones(2))
(big * 0.1).sum().backward()
unchanged_norm = nn.utils.clip_grad_norm_([big], max_norm=10.0)
unchanged = big.grad

# api: torch.nn.utils.get_total_norm
import torch
import torch.nn as nn
grads = [torch.tensor([3.0, 4.0]), torch.tensor([[1.0, -2.0], [2.0, 0.0]])]
norm2 = nn.utils.get_total_norm(grads)
norm1 = nn.utils.get_total_norm(grads, norm_type=1.0)
norm_inf = nn.utils.get_total_norm(grads, norm_type=float('inf'))
single = torch.nn.utils.get_total_norm(torch.tensor([6.0, 8.0]))

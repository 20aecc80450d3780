# api: torch.nn.utils.clip_grad_norm_
import torch
a = torch.tensor([3.0, -4.0], requires_grad=True)
b = torch.tensor([1.0, 2.0, -6.0], requires_grad=True)
(a * torch.tensor([1.0, 2.0])).sum().backward()
(b ** 2).sum().backward()
norm_inf = torch.nn.utils.clip_grad_norm_([a, b], max_norm=2.0, norm_type="inf")
ga, gb = a.grad.clone(), b.grad.clone()

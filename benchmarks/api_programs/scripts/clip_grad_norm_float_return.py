# api: torch.nn.utils.clip_grad_norm_
import torch
w = torch.tensor([3.0, 4.0], requires_grad=True)
(w ** 2).sum().backward()
total = torch.nn.utils.clip_grad_norm_(w, 5.0)
total_value = float(total)
clipped = w.grad.clone()
norm_after = w.grad.norm().item()

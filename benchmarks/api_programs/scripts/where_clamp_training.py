# api: torch.where
import torch
x = torch.tensor([-2.0, -0.5, 0.5, 2.0], requires_grad=True)
y = torch.where(x > 0, x * x, -x)
z = y.clamp(max=1.5).sum()
z.backward()
g = x.grad
yv = y.detach()

# api: torch.Tensor.register_hook
import torch
seen = []
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
h = y.register_hook(lambda g: g * 2)
z = (y ** 2).sum()
z.backward()
doubled = x.grad

# api: torch.Tensor.grad
import torch
w = torch.tensor([1., -2., 3.], requires_grad=True)
(w ** 2).sum().backward()
w.grad.data.clamp_(-1, 1)
g = w.grad.clone()

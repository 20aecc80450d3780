# api: torch.Tensor.backward
import torch
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = torch.tensor(0.5, requires_grad=True)
loss = ((w * 2 + b) ** 2).sum()
loss.backward()
w_grad = w.grad
b_grad = b.grad

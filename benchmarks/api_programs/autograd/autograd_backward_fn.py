# api: torch.autograd.backward
import torch
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0], requires_grad=True)
l1 = (a * 2).sum()
l2 = (b ** 2).sum()
torch.autograd.backward([l1, l2])
ga = a.grad
gb = b.grad
c = torch.tensor([1.0, 1.0], requires_grad=True)
out = c * 4
torch.autograd.backward(out, grad_tensors=torch.tensor([0.5, 2.0]))
gc = c.grad

# api: torch.autograd.backward
import torch
x = torch.tensor([1.0, -1.0], requires_grad=True)
loss = (x * 3).sum()
torch.autograd.backward(loss)
g = x.grad

# api: torch.no_grad
import torch
w = torch.tensor([1.0, -1.0], requires_grad=True)

@torch.no_grad()
def step(param, lr):
    param -= lr * param.grad
    return param.sum()

loss = ((w - torch.tensor([3.0, 2.0])) ** 2).sum()
loss.backward()
total = step(w, 0.1)
updated = w.detach().clone()
still = w.requires_grad

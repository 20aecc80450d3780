# api: torch.autograd.no_grad
import torch
w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
with torch.autograd.no_grad():
    y = w * 2
    w.add_(1.0)
y_requires_grad = y.requires_grad


@torch.autograd.no_grad()
def predict(v):
    return (w * v).sum()


p = predict(torch.tensor([1.0, 1.0, 1.0]))
p_requires_grad = p.requires_grad

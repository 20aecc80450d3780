# api: torch.autograd.inference_mode
import torch
w = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
x = torch.tensor([1.0, 2.0, 3.0])
with torch.autograd.inference_mode():
    y = w * x + 1
y_requires_grad = y.requires_grad
with torch.autograd.inference_mode(mode=False):
    z = w * x
z_requires_grad = z.requires_grad

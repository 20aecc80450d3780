# api: torch.autograd.detect_anomaly
import torch
x = torch.tensor([1.0, 2.0, 4.0], requires_grad=True)
with torch.autograd.detect_anomaly():
    y = (x.sqrt() * 3).sum()
    y.backward()
grad = x.grad

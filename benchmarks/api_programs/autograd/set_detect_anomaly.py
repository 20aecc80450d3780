# api: torch.autograd.set_detect_anomaly
import torch
x = torch.tensor([0.5, 1.0, 2.0], requires_grad=True)
with torch.autograd.set_detect_anomaly(True):
    loss = (x.exp() * x).sum()
    loss.backward()
grad = x.grad
anomaly_enabled = torch.is_anomaly_enabled()

# api: torch.Tensor.backward
import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
h = w * w
l1 = h.sum()
l2 = (h * 3).sum()
l1.backward(retain_graph=True)
g1 = w.grad.clone()
l2.backward()
g12 = w.grad.clone()
w.grad.data.zero_()
g0 = w.grad.clone()

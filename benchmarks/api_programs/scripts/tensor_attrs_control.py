# api: torch.Tensor.shape
import torch
x = torch.randn(3, 4)
if x.shape[0] == 3 and x.dtype == torch.float32:
    x = x * 0 + 1
flag_cuda = x.is_cuda
dev = str(x.device)
dev_type = x.device.type
rg = x.requires_grad
w = torch.zeros(2, requires_grad=True)
g_is_none = w.grad is None
(w * 3).sum().backward()
g = w.grad
if w.grad is not None:
    w.grad.zero_()
g2 = w.grad
nd = x.ndim
ne = x.numel()

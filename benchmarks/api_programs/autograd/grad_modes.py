# api: torch.no_grad
import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
@torch.no_grad()
def double(t):
    return t * 2
a = double(x).requires_grad
with torch.set_grad_enabled(False):
    b = (x * 3).requires_grad
with torch.no_grad():
    with torch.enable_grad():
        c = (x * 4).requires_grad
y = (x ** 3).sum()
y.backward(retain_graph=True)
g1 = x.grad.clone()
y.backward()
g2 = x.grad
x.grad = None
none_grad = x.grad is None
z = torch.tensor([3.0])
z.requires_grad_()
(z * z).sum().backward()
gz = z.grad
w = torch.ones(2, requires_grad=True)
h = w * 2
h.retain_grad()
h.sum().backward()
gh = h.grad
d = w.detach()
d_req = d.requires_grad
torch.autograd.backward([(w * w).sum()])
gw = w.grad

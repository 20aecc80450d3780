# api: torch.no_grad
import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    a = w * 2
a_rg = a.requires_grad
with torch.set_grad_enabled(False):
    b = w + 1
b_rg = b.requires_grad
with torch.set_grad_enabled(True):
    c = w + 1
c_rg = c.requires_grad
with torch.inference_mode():
    d = w * w
d_rg = d.requires_grad
@torch.no_grad()
def f(t):
    return t * 3
e = f(w)
e_rg = e.requires_grad
is_on = torch.is_grad_enabled()

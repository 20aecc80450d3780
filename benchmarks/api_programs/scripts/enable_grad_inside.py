# api: torch.enable_grad
import torch
x = torch.tensor([2.0], requires_grad=True)
with torch.no_grad():
    with torch.enable_grad():
        y = x * x
    z = x * x
y_rg = y.requires_grad
z_rg = z.requires_grad
prev = torch.is_grad_enabled()
torch.set_grad_enabled(False)
w = x * 2
w_rg = w.requires_grad
torch.set_grad_enabled(True)

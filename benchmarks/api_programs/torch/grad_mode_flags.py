# api: torch.is_grad_enabled
import torch
before = torch.is_grad_enabled()
with torch.no_grad():
    inside = torch.is_grad_enabled()
    with torch.enable_grad():
        nested = torch.is_grad_enabled()
torch.set_grad_enabled(False)
off = torch.is_grad_enabled()
torch.set_grad_enabled(True)
with torch.set_grad_enabled(False):
    ctx_off = torch.is_grad_enabled()
x = torch.ones(2, requires_grad=True)
with torch.no_grad():
    y = x * 2
y_req = y.requires_grad
with torch.inference_mode():
    z = x * 2
z_req = z.requires_grad
after = torch.is_grad_enabled()

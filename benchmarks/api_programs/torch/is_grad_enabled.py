# api: torch.is_grad_enabled
import torch
outside = torch.is_grad_enabled()
with torch.no_grad():
    inside = torch.is_grad_enabled()
after = torch.is_grad_enabled()

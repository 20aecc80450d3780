# api: torch.nn.utils.clip_grad_norm_
import torch
w = torch.tensor([1.0, 0.0], requires_grad=True)
(w.sqrt()).sum().backward()
try:
    torch.nn.utils.clip_grad_norm_([w], 1.0, error_if_nonfinite=True)
    raised = False
except RuntimeError:
    raised = True

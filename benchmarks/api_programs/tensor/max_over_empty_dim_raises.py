# api: torch.Tensor.max
import torch
x = torch.zeros(0, 3)
try:
    x.max(0)
    raised = False
except (IndexError, RuntimeError):
    raised = True

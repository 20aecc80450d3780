# api: torch.min
import torch
x = torch.zeros(0)
try:
    x.min()
    raised = False
except (IndexError, RuntimeError):
    raised = True

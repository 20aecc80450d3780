# api: torch.argmax
import torch
x = torch.zeros(0)
try:
    torch.argmax(x)
    raised = False
except (IndexError, RuntimeError):
    raised = True

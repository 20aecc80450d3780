# api: torch.nn.Module.load_state_dict
import torch
import torch.nn as nn
m = nn.Linear(2, 2)
try:
    m.load_state_dict({"weight": torch.zeros(2, 2)})
    raised = False
except RuntimeError:
    raised = True

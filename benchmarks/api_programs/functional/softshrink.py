# api: torch.nn.functional.softshrink
import torch
import torch.nn.functional as F
y = F.softshrink(torch.tensor([-1.0, 0.2, 0.9]), 0.5)

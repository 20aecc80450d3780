# api: torch.nn.functional.tanh
import torch
import torch.nn.functional as F
y = F.tanh(torch.tensor([0.0, 1.0]))

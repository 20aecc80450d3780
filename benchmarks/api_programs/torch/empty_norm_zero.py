# api: torch.norm
import torch
x = torch.zeros(0)
n = torch.norm(x)

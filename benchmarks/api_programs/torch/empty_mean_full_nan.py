# api: torch.mean
import torch
x = torch.zeros(0)
m = torch.mean(x)

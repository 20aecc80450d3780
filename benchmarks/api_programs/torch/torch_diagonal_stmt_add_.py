# api: torch.diagonal
import torch
x = torch.zeros(3, 3)
torch.diagonal(x).add_(1)

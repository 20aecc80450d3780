# api: torch.aminmax
import torch
mn, mx = torch.aminmax(torch.tensor([3, 1, 4, 1, 5]))

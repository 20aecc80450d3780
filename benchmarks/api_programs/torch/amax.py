# api: torch.amax
import torch
m = torch.amax(torch.tensor([[1, 5], [7, 2]]), dim=0)

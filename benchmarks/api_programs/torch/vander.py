# api: torch.vander
import torch
x = torch.tensor([1, 2, 3, 5])
decreasing = torch.vander(x)
increasing = torch.vander(x, N=3, increasing=True)
floats = torch.vander(torch.tensor([0.5, 2.0]), 4)

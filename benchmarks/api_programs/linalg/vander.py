# api: torch.linalg.vander
import torch
x = torch.tensor([1, 2, 3, 5])
V = torch.linalg.vander(x)
xf = torch.tensor([0.5, -1.0, 2.0])
V3 = torch.linalg.vander(xf, N=3)

# api: torch.vander
import torch
x = torch.tensor([1, 2, 3])
v = torch.vander(x)
v3 = torch.vander(x, N=2)
vi = torch.vander(x.double(), increasing=True)

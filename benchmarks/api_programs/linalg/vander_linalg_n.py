# api: torch.linalg.vander
import torch
x = torch.tensor([1.0, 2.0, 3.0])
v = torch.linalg.vander(x)
v2 = torch.linalg.vander(x, N=2)
vi = torch.linalg.vander(torch.tensor([2, 3]))
vi_dtype = vi.dtype

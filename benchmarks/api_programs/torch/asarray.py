# api: torch.asarray
import torch
a = torch.asarray([1, 2, 3])
b = torch.asarray([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64)
base = torch.tensor([0.5, 1.5])
c = torch.asarray(base)
d = torch.asarray(3.25)

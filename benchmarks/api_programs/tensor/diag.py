# api: torch.Tensor.diag
import torch
v = torch.tensor([1.0, 2.0, 3.0])
d = v.diag()
d1 = v.diag(1)

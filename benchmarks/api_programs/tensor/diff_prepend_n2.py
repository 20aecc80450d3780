# api: torch.Tensor.diff
import torch
x = torch.tensor([1, 4, 9, 16])
d = x.diff()
d2 = x.diff(n=2)
d3 = x.diff(prepend=torch.tensor([0]))

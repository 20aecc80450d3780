# api: torch.Tensor.diff
import torch
x = torch.tensor([1, 3, 6, 10, 15])
d1 = x.diff()
d2 = x.diff(n=2)
m = torch.tensor([[1.0, 2.0, 4.0], [7.0, 11.0, 16.0]])
along0 = m.diff(dim=0)
with_prepend = m.diff(dim=1, prepend=torch.zeros(2, 1))

# api: torch.Tensor.aminmax
import torch
x = torch.tensor([[3, 1, 4], [1, 5, 9]])
lo, hi = x.aminmax()
row_min, row_max = x.aminmax(dim=1, keepdim=True)
f = torch.tensor([0.5, -2.0, 7.25])
fmin, fmax = f.aminmax(dim=0)

# api: torch.Tensor.fmax
import torch
a = torch.tensor([1.0, float("nan"), 3.0, float("nan")])
b = torch.tensor([2.0, 0.5, float("nan"), float("nan")])
m = a.fmax(b)
ints = torch.tensor([1, 5, -2]).fmax(torch.tensor([3, 2, -1]))

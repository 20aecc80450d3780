# api: torch.Tensor.isfinite
import torch
x = torch.tensor([1.0, float('inf'), float('-inf'), float('nan'), -2.5])
finite = x.isfinite()
int_finite = torch.tensor([1, 2, 3]).isfinite()

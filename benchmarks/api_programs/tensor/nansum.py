# api: torch.Tensor.nansum
import torch
x = torch.tensor([[1.0, float('nan')], [3.0, 4.0]])
total = x.nansum()
per_row = x.nansum(dim=1)
int_total = torch.arange(5).nansum()

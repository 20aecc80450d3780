# api: torch.Tensor.item
import torch
x = torch.tensor([1.0, 2.0, 4.0])
s = f'{x.mean().item():.3f}'
t = '{:d}'.format(torch.tensor(5).item())
r = round(x.sum().item(), 1)

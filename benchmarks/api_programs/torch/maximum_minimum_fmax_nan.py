# api: torch.fmax
import torch
a = torch.tensor([1.0, float('nan'), 3.0])
b = torch.tensor([2.0, 2.0, float('nan')])
mx = torch.maximum(a, b)
fm = torch.fmax(a, b)
fn = torch.fmin(a, b)
mi = torch.minimum(torch.tensor([1, 5]), torch.tensor([3, 2]))

# api: torch.Tensor.nextafter
import torch
a = torch.tensor([1.0, 2.0])
b = torch.tensor([2.0, 1.0])
eq = a.nextafter(b) == torch.tensor([1.0 + 2 ** -23, 2.0 - 2 ** -22])

# api: torch.Tensor.subtract
import torch
a = torch.tensor([5, 7, 9])
b = torch.tensor([1, 2, 3])
diff = a.subtract(b)
scaled = a.subtract(b, alpha=2)
minus_half = a.subtract(0.5)

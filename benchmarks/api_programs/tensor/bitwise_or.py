# api: torch.Tensor.bitwise_or
import torch
a = torch.tensor([1, 2, 4, 8], dtype=torch.uint8)
b = torch.tensor([1, 1, 1, 1], dtype=torch.uint8)
merged = a.bitwise_or(b)
with_scalar = a.bitwise_or(16)
masks = torch.tensor([True, False, False]).bitwise_or(torch.tensor([False, False, True]))

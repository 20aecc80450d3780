# api: torch.Tensor.is_signed
import torch
a = torch.tensor([1], dtype=torch.uint8).is_signed()
b = torch.tensor([1], dtype=torch.int8).is_signed()
c = torch.tensor([True]).is_signed()
d = torch.tensor([1.0]).is_signed()

# api: torch.Tensor.byte
import torch
x = torch.tensor([0.0, 1.9, 255.0, 127.5])
a = x.byte()
b = x.to(torch.uint8)
b_dtype = b.dtype

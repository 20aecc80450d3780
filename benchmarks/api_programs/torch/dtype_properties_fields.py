# api: torch.dtype
import torch
a = torch.float16.is_floating_point
b = torch.int8.is_signed
c = torch.uint8.is_signed
d = torch.bool.is_floating_point
e = torch.float64.itemsize
f = torch.int16.itemsize
g = torch.bool.itemsize
h = torch.float32.is_complex

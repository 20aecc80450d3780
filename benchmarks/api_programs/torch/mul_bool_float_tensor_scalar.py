# api: torch.mul
import torch
b = torch.tensor([True, False, True])
x = torch.mul(b, 2.5)
y = torch.mul(b, 3)
z = torch.add(b, b)
w = b.float() * torch.tensor(2)
x_dtype = x.dtype
y_dtype = y.dtype
z_dtype = z.dtype

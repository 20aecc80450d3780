# api: torch.Tensor.__add__
import torch
i = torch.tensor([1, 2, 3])
f = torch.tensor([0.5, 1.5, 2.5])
d = torch.tensor([1.0], dtype=torch.float64)
b = torch.tensor([True, False, True])
h = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float16)
a1 = i + f
a2 = i * 2.5
a3 = i + 1
a4 = f + d
a5 = b + 1
a6 = b * 2.0
a7 = i + b
a8 = h + f
a9 = h * 2
a10 = i / i
a11 = torch.tensor([1], dtype=torch.int32) + torch.tensor([1], dtype=torch.int64)
a12 = torch.tensor([1], dtype=torch.uint8) + torch.tensor([1], dtype=torch.int8)
a13 = 1.5 - i
a14 = f ** 2
a15 = i ** 0.5
a16 = torch.tensor(3) * f
a17 = torch.tensor(3.0, dtype=torch.float64) * f
a18 = torch.tensor([1, 2], dtype=torch.int32) * 1.5
a19 = i.float().mean() + 1
a20 = torch.add(i, f)
a21 = torch.mul(b, b)
a22 = i.sum() * 0.5

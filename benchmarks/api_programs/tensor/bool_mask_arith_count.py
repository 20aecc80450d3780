# api: torch.Tensor.__add__
import torch
m1 = torch.tensor([True, False, True])
m2 = torch.tensor([False, False, True])
both = m1 & m2
either = m1 | m2
diff = m1 ^ m2
count = (m1.int() + m2.int())
total = m1.sum() + m2.sum()
dtypes = [both.dtype, count.dtype, total.dtype]

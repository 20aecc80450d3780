# api: torch.true_divide
import torch
a = torch.tensor([5, 6, 7], dtype=torch.int32)
b = torch.tensor([2, 4, 7], dtype=torch.int32)
q = a / b
fl = a // b
r = a % b
m = torch.mul(a, b)
q_dtype = q.dtype
fl_dtype = fl.dtype
s = torch.sub(a, 1.5)
s_dtype = s.dtype

# api: torch.nn.functional.glu
import torch
import torch.nn.functional as F
x = torch.arange(-4., 4.).reshape(2, 4)
a = F.glu(x, dim=0)
b = F.glu(x)
c = F.softsign(x)
d = F.tanhshrink(x)
e = F.hardshrink(x, lambd=2.0)
f = F.softshrink(x, 1.5)

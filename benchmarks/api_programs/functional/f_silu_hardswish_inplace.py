# api: torch.nn.functional.silu
import torch
import torch.nn.functional as F
x = torch.linspace(-4, 4, 9)
a = x.clone()
F.silu(a, inplace=True)
silu_inplace = a
b = x.clone()
F.hardswish(b, inplace=True)
hswish_inplace = b
c = x.clone()
F.dropout(c, p=0.5, training=False, inplace=True)
unchanged = c

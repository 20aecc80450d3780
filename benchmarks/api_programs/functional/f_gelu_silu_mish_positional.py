# api: torch.nn.functional.gelu
import torch
import torch.nn.functional as F
x = torch.linspace(-4, 4, 9, dtype=torch.float64)
g = F.gelu(x)
s = F.silu(x)
m = F.mish(x)
hs = F.hardswish(x)
hsig = F.hardsigmoid(x)
ls = F.logsigmoid(x)
dt = g.dtype

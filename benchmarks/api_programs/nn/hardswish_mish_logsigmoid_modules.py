# api: torch.nn.Hardswish
import torch
import torch.nn as nn
x = torch.linspace(-5, 5, 11, dtype=torch.float64)
outs = [m(x) for m in (nn.Hardswish(), nn.Hardsigmoid(), nn.Mish(), nn.LogSigmoid(), nn.Tanhshrink(), nn.Softsign(), nn.SELU(), nn.CELU(0.5))]
dtypes = [o.dtype for o in outs]

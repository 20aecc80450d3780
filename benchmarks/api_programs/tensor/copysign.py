# api: torch.Tensor.copysign
import torch
x = torch.tensor([1.0, -2.0, 3.0, 0.0])
signs = torch.tensor([-1.0, 1.0, -0.0, -5.0])
y = x.copysign(signs)
all_neg = x.copysign(-1.0)
from_int = torch.tensor([1, -2, 3]).copysign(-1)

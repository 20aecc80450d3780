# api: torch.Tensor.remainder
import torch
x = torch.tensor([-3, -2, -1, 1, 2, 3])
mod2 = x.remainder(2)
mod_float = x.remainder(1.5)
neg_divisor = torch.tensor([-3.0, 5.5]).remainder(-2.0)
elementwise = x.remainder(torch.tensor([2, 2, 2, 4, 4, 4]))

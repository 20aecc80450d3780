# api: torch.special.laguerre_polynomial_l
import torch
x = torch.tensor([0.0, 0.5, 1.0, 3.0])
l2 = torch.special.laguerre_polynomial_l(x, 2)
l_n = torch.special.laguerre_polynomial_l(torch.tensor(1.5), torch.tensor([0, 1, 3]))

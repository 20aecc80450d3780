# api: torch.special.legendre_polynomial_p
import torch
x = torch.tensor([-1.0, -0.5, 0.0, 0.5, 1.0])
p2 = torch.special.legendre_polynomial_p(x, 2)
p3 = torch.special.legendre_polynomial_p(x, n=3)

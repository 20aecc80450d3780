# api: torch.special.chebyshev_polynomial_t
import torch
x = torch.tensor([-1.0, -0.5, 0.0, 0.5, 1.0])
t = torch.special.chebyshev_polynomial_t(x, 3)
u = torch.special.chebyshev_polynomial_u(x, torch.tensor(2))
h = torch.special.hermite_polynomial_h(x, 4)
l = torch.special.legendre_polynomial_p(x, n=2)
lg = torch.special.laguerre_polynomial_l(x, 0)
t0 = torch.special.chebyshev_polynomial_t(x, torch.tensor([0, 1, 2, 3, 4]))

# api: torch.special.hermite_polynomial_he
import torch
x = torch.tensor([-2.0, 0.0, 0.5, 3.0])
a = torch.special.hermite_polynomial_he(x, 5)
b = torch.special.legendre_polynomial_p(x / 4, 6)
c = torch.special.laguerre_polynomial_l(x, 3)
d = torch.special.chebyshev_polynomial_w(x / 4, 4)
e = torch.special.shifted_chebyshev_polynomial_t(x / 4, 3)
f = torch.special.chebyshev_polynomial_t(x, -1)

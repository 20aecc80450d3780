# api: torch.special.chebyshev_polynomial_t
import torch
x = torch.tensor([-1.0, -0.5, 0.0, 0.3, 1.0])
t3 = torch.special.chebyshev_polynomial_t(x, 3)
t_n = torch.special.chebyshev_polynomial_t(torch.tensor(0.25), torch.tensor([0, 1, 2, 5]))

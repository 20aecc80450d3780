# api: torch.special.shifted_chebyshev_polynomial_u
import torch
x = torch.tensor([0.0, 0.25, 0.5, 0.8, 1.0])
p3 = torch.special.shifted_chebyshev_polynomial_u(x, 3)
p_n = torch.special.shifted_chebyshev_polynomial_u(torch.tensor(0.3), torch.tensor([0, 1, 2]))

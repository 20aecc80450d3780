# api: torch.special.shifted_chebyshev_polynomial_t
import torch
x = torch.tensor([0.0, 0.25, 0.5, 0.8, 1.0])
p3 = torch.special.shifted_chebyshev_polynomial_t(x, 3)

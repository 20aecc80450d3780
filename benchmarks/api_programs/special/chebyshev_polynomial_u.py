# api: torch.special.chebyshev_polynomial_u
import torch
y = torch.special.chebyshev_polynomial_u(torch.tensor([0.5, -0.2]), 3)

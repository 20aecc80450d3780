# api: torch.special.chebyshev_polynomial_v
import torch
x = torch.tensor([-0.8, -0.2, 0.0, 0.4, 0.9])
v2 = torch.special.chebyshev_polynomial_v(x, 2)
v4 = torch.special.chebyshev_polynomial_v(x, n=4)

# api: torch.special.chebyshev_polynomial_w
import torch
x = torch.tensor([-0.8, -0.2, 0.0, 0.4, 0.9])
w3 = torch.special.chebyshev_polynomial_w(x, 3)
w_n = torch.special.chebyshev_polynomial_w(torch.tensor([0.5]), torch.tensor([0.0, 1.0, 2.0]))

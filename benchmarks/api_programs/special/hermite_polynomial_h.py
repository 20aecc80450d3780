# api: torch.special.hermite_polynomial_h
import torch
x = torch.tensor([-1.0, 0.0, 0.5, 2.0])
h3 = torch.special.hermite_polynomial_h(x, 3)
h_n = torch.special.hermite_polynomial_h(torch.tensor(1.5), torch.tensor([0, 1, 2, 4]))

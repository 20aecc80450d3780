# api: torch.special.hermite_polynomial_he
import torch
x = torch.tensor([-1.0, 0.0, 0.5, 2.0])
he4 = torch.special.hermite_polynomial_he(x, 4)
he2 = torch.special.hermite_polynomial_he(x, n=2)

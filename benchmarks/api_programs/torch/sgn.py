# api: torch.sgn
import torch
x = torch.tensor([-2.5, 0.0, 3.0])
signs = torch.sgn(x)
z = torch.tensor([3 + 4j, 0j, -2j])
unit = torch.sgn(z)
int_signs = torch.sgn(torch.tensor([-7, 0, 7]))

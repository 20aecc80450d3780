# api: torch.angle
import torch
x = torch.tensor([-2.0, 0.0, 3.0])
a = torch.angle(x)
r = torch.real(x)
d = torch.deg2rad(torch.tensor([180.0, 90.0]))
rd = torch.rad2deg(torch.tensor([3.141592653589793]))

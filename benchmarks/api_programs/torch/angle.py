# api: torch.angle
import torch
z = torch.tensor([-1 + 1j, -2 + 2j, 3 - 3j])
degrees = torch.angle(z) * 180 / 3.14159
real_angle = torch.angle(torch.tensor([-2.0, 0.0, 3.5]))

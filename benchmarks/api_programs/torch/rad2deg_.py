# api: torch.rad2deg_
import torch
angles = torch.tensor([0.0, 3.141592653589793 / 2, 3.141592653589793, -3.141592653589793 / 4])
torch.rad2deg_(angles)

# api: torch.rad2deg
import torch
r = torch.rad2deg(torch.tensor([0.0, 1.5707963]))

# api: torch.deg2rad
import torch
out = torch.deg2rad(torch.tensor([180.0, 90.0, -45.0]))

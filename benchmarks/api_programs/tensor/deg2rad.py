# api: torch.Tensor.deg2rad
import torch
degrees = torch.tensor([0.0, 90.0, 180.0, -45.0, 360.0])
radians = degrees.deg2rad()

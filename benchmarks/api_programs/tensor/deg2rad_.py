# api: torch.Tensor.deg2rad_
import torch
x = torch.tensor([[30.0, 60.0], [120.0, 270.0]])
x.deg2rad_()

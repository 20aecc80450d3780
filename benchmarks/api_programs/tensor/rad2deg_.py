# api: torch.Tensor.rad2deg_
import torch
x = torch.tensor([0.0, 3.14159265, 1.5707963])
x.rad2deg_()

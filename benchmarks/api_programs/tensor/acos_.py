# api: torch.Tensor.acos_
import torch
cosines = torch.tensor([0.3, -0.8, 0.9])
cosines.acos_()

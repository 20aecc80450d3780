# api: torch.Tensor.arctan_
import torch
x = torch.tensor([-10.0, -1.0, 0.0, 0.25, 5.0])
x.arctan_()

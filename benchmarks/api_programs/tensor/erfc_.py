# api: torch.Tensor.erfc_
import torch
x = torch.tensor([0.2, -0.2, 2.5])
x.erfc_()

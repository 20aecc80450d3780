# api: torch.Tensor.digamma
import torch
x = torch.tensor([0.5, 1.0, 2.0, 3.5, 10.0])
psi = x.digamma()

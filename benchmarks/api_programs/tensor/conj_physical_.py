# api: torch.Tensor.conj_physical_
import torch
x = torch.tensor([[0.5, -1.0], [2.0, 0.0]])
x.conj_physical_()

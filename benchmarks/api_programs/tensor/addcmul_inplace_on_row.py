# api: torch.Tensor.addcmul_
import torch
x = torch.zeros(2, 2)
x[0].addcmul_(torch.tensor([1., 2.]), torch.tensor([3., 4.]))

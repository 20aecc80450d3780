# api: torch.Tensor.add_
import torch
x = torch.zeros(2, 2)
x.add_(torch.tensor(1.))
x.add_(torch.tensor([1., 2.]))

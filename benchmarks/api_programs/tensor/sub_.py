# api: torch.Tensor.sub_
import torch
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
a.sub_(torch.tensor([1.0, 1.0]))

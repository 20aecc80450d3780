# api: torch.Tensor.eq_
import torch
a = torch.tensor([1.0, 2.0, 3.0, 4.0])
a.eq_(torch.tensor([1.0, 0.0, 3.0, 0.0]))

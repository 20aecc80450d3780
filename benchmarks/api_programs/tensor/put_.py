# api: torch.Tensor.put_
import torch
x = torch.zeros(2, 3)
x.put_(torch.tensor([1, 4]), torch.tensor([9.0, 8.0]))

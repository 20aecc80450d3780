# api: torch.Tensor.put
import torch
x = torch.zeros(2, 3)
y = x.put(torch.tensor([0, 4, 5]), torch.tensor([1.0, 2.0, 3.0]))
accumulated = x.put(torch.tensor([1, 1]), torch.tensor([1.0, 2.0]), accumulate=True)

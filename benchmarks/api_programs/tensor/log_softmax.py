# api: torch.Tensor.log_softmax
import torch
x = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
rows = x.log_softmax(dim=1)
cols = x.log_softmax(0)
as_double = x.log_softmax(-1, dtype=torch.float64)

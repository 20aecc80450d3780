# api: torch.Tensor.softmax
import torch
x = torch.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]])
probs = x.softmax(dim=-1)
over_rows = x.softmax(0)
as_double = x.softmax(1, dtype=torch.float64)

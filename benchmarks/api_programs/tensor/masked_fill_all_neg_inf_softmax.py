# api: torch.Tensor.masked_fill
import torch
x = torch.zeros(2, 3)
m = torch.tensor([[True, True, True], [False, True, False]])
a = x.masked_fill(m, float('-inf')).softmax(-1)

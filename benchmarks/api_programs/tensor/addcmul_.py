# api: torch.Tensor.addcmul_
import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
t1 = torch.tensor([[0.5, 1.5], [2.5, 3.5]])
t2 = torch.tensor([[2.0, 0.0], [1.0, -1.0]])
x.addcmul_(t1, t2, value=0.5)

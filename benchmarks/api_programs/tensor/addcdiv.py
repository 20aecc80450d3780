# api: torch.Tensor.addcdiv
import torch
x = torch.tensor([1.0, 2.0, 3.0])
t1 = torch.tensor([2.0, 4.0, 6.0])
t2 = torch.tensor([4.0, 2.0, 1.0])
y = x.addcdiv(t1, t2)
y_half = x.addcdiv(t1, t2, value=0.5)

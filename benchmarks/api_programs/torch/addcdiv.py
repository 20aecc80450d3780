# api: torch.addcdiv
import torch
t = torch.zeros(3)
t1 = torch.tensor([1.0, 2.0, 3.0])
t2 = torch.tensor([2.0, 4.0, 5.0])
out = torch.addcdiv(t, t1, t2, value=0.5)
out_default = torch.addcdiv(torch.ones(2, 3), t1, t2.reshape(1, 3))

# api: torch.addcmul
import torch
base = torch.ones(2, 2)
t1 = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
t2 = torch.tensor([[2.0], [3.0]])
out = torch.addcmul(base, t1, t2, value=0.1)
out_default = torch.addcmul(base, t1, t2)

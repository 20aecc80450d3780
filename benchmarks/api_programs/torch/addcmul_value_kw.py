# api: torch.addcmul
import torch
t = torch.tensor([1.0, 1.0])
a = torch.tensor([2.0, 3.0])
b = torch.tensor([4.0, 5.0])
r = torch.addcmul(t, a, b, value=0.5)
d = torch.addcdiv(t, a, b, value=-1)
mm = torch.addmm(torch.zeros(2, 2), torch.eye(2), torch.ones(2, 2), beta=0.5, alpha=2)
lerp = torch.lerp(a, b, 0.25)
lerp_t = torch.lerp(a, b, torch.tensor([0.0, 1.0]))

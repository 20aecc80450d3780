# api: torch.special.logit
import torch
x = torch.tensor([0.0, 0.25, 0.5, 1.0])
a = torch.special.logit(x)
b = torch.special.logit(x, eps=1e-6)
c = torch.logit(x, 0.1)
s = torch.special.expit(torch.tensor([-100.0, 0.0, 100.0]))

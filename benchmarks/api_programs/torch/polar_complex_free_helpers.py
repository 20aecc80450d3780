# api: torch.fix
import torch
f = torch.fix(torch.tensor([-2.5, 2.5]))
c = torch.clip(torch.tensor([1, 5, 9]), 2, 6)
n = torch.negative(torch.tensor([1.0]))
p = torch.positive(torch.tensor([-1.0]))
ab = torch.absolute(torch.tensor([-1, 1]))
r = torch.rsub(torch.tensor([1.0, 2.0]), 5)

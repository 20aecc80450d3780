# api: torch.clamp
import torch
x = torch.tensor([-2.0, -0.5, 0.5, 3.0])
a = torch.clamp(x, min=-1, max=1)
b = x.clamp(0)
c = x.clamp(max=0.0)
d = x.clamp_min(0.1)
e = torch.clip(x, -1.5, 2.5)
i = torch.tensor([1, 5, 9]).clamp(2, 6)
t = torch.clamp(x, torch.tensor([-1.0, 0.0, 0.0, 0.0]), torch.tensor([0.0, 0.0, 1.0, 2.0]))
y = x.clone()
y.clamp_(-1, 1)

# api: torch.add
import torch
x = torch.ones(3)
y = torch.arange(3.0)
a = torch.add(input=x, other=y, alpha=2)
b = torch.sub(x, other=y, alpha=0.5)
c = x.add(other=y)

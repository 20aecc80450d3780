# api: torch.special.entr
import torch
p = torch.tensor([0.0, 0.1, 0.25, 0.5, 1.0, -0.5])
e = torch.special.entr(p)
total = torch.special.entr(torch.tensor([0.2, 0.3, 0.5])).sum()

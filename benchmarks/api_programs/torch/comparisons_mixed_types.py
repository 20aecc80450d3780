# api: torch.eq
import torch
i = torch.tensor([1, 2, 3])
f = torch.tensor([1.0, 2.5, 3.0])
e = torch.eq(i, f)
g = torch.gt(i, 1.5)
le = torch.le(f, 2)
ne = i != 2
ge = torch.ge(i, torch.tensor(2))
any_eq = bool((i == f).any())

# api: torch.any
import torch
x = torch.tensor([[[True, False], [False, False]], [[True, True], [True, False]]])
a = x.any(dim=(0, -1))
b = torch.all(x, dim=(1, 2))
c = x.any(-1, keepdim=True)

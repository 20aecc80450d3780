# api: torch.kthvalue
import torch
x = torch.tensor([3., 1., 2., 5.])
v = torch.empty(())
i = torch.empty((), dtype=torch.long)
torch.kthvalue(x, 2, out=(v, i))

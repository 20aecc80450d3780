# api: torch.cat
import torch
a = torch.ones(2, 3)
b = torch.zeros(2, 3)
c0 = torch.cat(tensors=[a, b], dim=1)
s0 = torch.stack(tensors=(a, b), dim=1)
c_neg = torch.cat((a, b), -2)
h = torch.hstack((a[:, :1], b))
hh = torch.hstack([torch.tensor([1, 2]), torch.tensor([3])])
vv = torch.vstack([torch.tensor([1, 2]), torch.tensor([3, 4])])
rs = torch.row_stack((a, b)).shape

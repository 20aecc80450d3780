# api: torch.cat
import torch
e = torch.empty(0)
a = torch.cat([e, torch.tensor([1.0, 2.0])])
m = torch.zeros(0, 4).sum(dim=1)
mx = torch.zeros(3, 0).sum(dim=1)
st = torch.stack([torch.zeros(0), torch.zeros(0)]).shape
mm = torch.mm(torch.zeros(2, 0), torch.zeros(0, 3))
any_empty = torch.any(torch.tensor([], dtype=torch.bool))
all_empty = torch.all(torch.tensor([], dtype=torch.bool))

# api: torch.nn.functional.log_softmax
import torch
import torch.nn.functional as F
x = torch.arange(24.).reshape(2, 3, 4) / 7
a = F.log_softmax(x, dim=-3)
b = F.softmax(x, -1).sum(-1)
c = F.log_softmax(x.double(), dim=1).dtype
d = F.softmax(torch.tensor([1000.0, 1000.0, -1000.0]), dim=0)
e = F.log_softmax(torch.tensor([[-1e4, 0.0], [0.0, 0.0]]), dim=1)

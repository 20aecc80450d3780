# api: torch.logsumexp
import torch
x = torch.tensor([[0., 1.], [2., 3.]])
o = torch.empty(2)
torch.logsumexp(x, 1, out=o)

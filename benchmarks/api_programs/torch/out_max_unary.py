# api: torch.max
import torch
x = torch.tensor([[1., 5.], [7., 2.]])
o = torch.empty(())
torch.max(x, out=o)

# api: torch.argmax
import torch
x = torch.tensor([[1., 5.], [7., 2.]])
o = torch.empty(2, dtype=torch.long)
torch.argmax(x, dim=1, out=o)

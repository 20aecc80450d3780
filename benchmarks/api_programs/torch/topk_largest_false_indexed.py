# api: torch.topk
import torch
x = torch.tensor([[1.0, 9.0, 3.0, 7.0], [4.0, 2.0, 8.0, 6.0]])
smallest = torch.topk(x, 2, largest=False)
sv = smallest[0]
si = smallest[1]
vals, idxs = torch.topk(x, k=3, dim=0 if False else 1, sorted=True)
col = torch.topk(x, 1, dim=0).indices

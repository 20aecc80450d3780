# api: torch.topk
import torch
x = torch.tensor([[1.0, 5.0, 3.0, 2.0], [4.0, 0.0, 6.0, 1.0]])
vals, idx = torch.topk(x, 2)
res = x.topk(k=2, dim=0, largest=False)
small_vals = res.values
small_idx = res.indices
first = torch.topk(x, 1, dim=1)[1]
sorted_false = torch.topk(x, 2, sorted=True).values

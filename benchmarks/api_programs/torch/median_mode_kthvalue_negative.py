# api: torch.median
import torch
x = torch.tensor([[3.0, 1.0, 2.0], [9.0, 7.0, 8.0]])
m = torch.median(x, -1)
k = x.kthvalue(2, -1)
mv = m.values
mi = m.indices

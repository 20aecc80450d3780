# api: torch.Tensor.max
import torch
def forward(x):
    h = x.relu()
    return h, h.sum(dim=1), [h.shape[0]]
h, s, meta = forward(torch.tensor([[-1.0, 2.0], [3.0, -4.0]]))
mx, am = s.max(0)
n = meta[0]
res = forward(torch.ones(1, 2))
r0 = res[0].view(-1)
r2 = res[2]

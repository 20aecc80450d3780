# api: torch.optim.SGD
import torch
w = torch.nn.Parameter(torch.tensor([1.0, -2.0]))
opt = torch.optim.SGD([w], lr=0.1, weight_decay=0.5)
for _ in range(2):
    opt.zero_grad()
    (w.sum() * 0).backward()
    opt.step()
w_final = w.detach()

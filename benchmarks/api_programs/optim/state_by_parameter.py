# api: torch.optim.Optimizer.state
import torch
w = torch.tensor([2.0, -1.0], requires_grad=True)
opt = torch.optim.Adam([w], lr=0.1)
for _ in range(3):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
exp_avg_sq = opt.state[w]["exp_avg_sq"].clone()
step = float(opt.state[w]["step"])
has_state = w in opt.state

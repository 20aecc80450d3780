# api: torch.optim.Optimizer.state_dict
import torch
w = torch.tensor([2.0, -1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
for _ in range(2):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
sd = opt.state_dict()
buf = sd["state"][0]["momentum_buffer"].clone()
keys = sorted(sd["state"][0].keys())
n_state = len(sd["state"])

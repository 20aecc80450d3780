# api: torch.optim.Optimizer.state_dict
import copy
import torch
w = torch.tensor([2.0, -1.0, 0.5], requires_grad=True)
opt = torch.optim.Adam([w], lr=0.1)
for _ in range(3):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
sd = opt.state_dict()
state_keys = sorted(sd["state"][0].keys())
step_count = float(sd["state"][0]["step"])
exp_avg = sd["state"][0]["exp_avg"].clone()
group_params = sd["param_groups"][0]["params"]
v = torch.tensor([2.0, -1.0, 0.5], requires_grad=True)
opt2 = torch.optim.Adam([v], lr=0.5)
opt2.load_state_dict(copy.deepcopy(sd))
for _ in range(2):
    opt.zero_grad(); opt2.zero_grad()
    (w ** 2).sum().backward(); (v ** 2).sum().backward()
    opt.step(); opt2.step()
w_final, v_final = w.detach().clone(), v.detach().clone()
lr_loaded = opt2.param_groups[0]["lr"]

# api: torch.optim.Optimizer.param_groups
import torch
w = torch.tensor([2.0, -1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.5)
trace = []
for step in range(6):
    if step == 3:
        opt.param_groups[0]["lr"] = 0.02
    for g in opt.param_groups:
        g["lr"] *= 0.9
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
    trace.append(w.detach().clone())
trace = torch.stack(trace)
final_lr = opt.param_groups[0]["lr"]

# api: torch.nn.utils.clip_grad_value_
import torch
w = torch.tensor([2.0, -3.0, 0.1], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
trace = []
for _ in range(4):
    opt.zero_grad()
    (w ** 3).sum().backward()
    torch.nn.utils.clip_grad_value_([w], clip_value=1.5)
    trace.append(w.grad.clone())
    opt.step()
w_final = w.detach().clone()

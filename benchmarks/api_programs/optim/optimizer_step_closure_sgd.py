# api: torch.optim.SGD
import torch
w = torch.tensor([2.0, -1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
def closure():
    opt.zero_grad()
    loss = (w ** 2).sum()
    loss.backward()
    return loss
returned = []
for _ in range(3):
    returned.append(opt.step(closure).item())
w_final = w.detach().clone()

# api: torch.optim.SGD
import torch
g = torch.tensor([1.0, -1.0], requires_grad=True)
d = torch.tensor([0.5, 0.5], requires_grad=True)
opt_g = torch.optim.SGD([g], lr=0.1)
opt_d = torch.optim.Adam([d], lr=0.05)
hist = []
for step in range(4):
    opt_d.zero_grad()
    loss_d = ((d * g.detach()).sum() - 1) ** 2
    loss_d.backward()
    opt_d.step()
    opt_g.zero_grad()
    loss_g = ((d.detach() * g).sum() + 1) ** 2
    loss_g.backward()
    opt_g.step()
    hist.append((loss_d.item(), loss_g.item()))
g_final, d_final = g.detach().clone(), d.detach().clone()

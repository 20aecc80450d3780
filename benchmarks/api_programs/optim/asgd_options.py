# api: torch.optim.ASGD
import torch

w = torch.tensor([1.0, -2.0, 3.0, 0.5], requires_grad=True)
target = torch.tensor([0.5, 0.25, -1.0, 2.0])
scale = torch.tensor([1.0, 2.0, 0.5, 3.0])
opt = torch.optim.ASGD([w], lr=0.05, lambd=0.01, alpha=0.5, t0=2, weight_decay=0.01)

losses = []
for _ in range(5):
    opt.zero_grad()
    loss = ((w - target) ** 2 * scale).sum() + (w ** 3).sum() * 0.05
    loss.backward()
    opt.step()
    losses.append(loss.item())
w_final = w.detach().clone()
ax = opt.state[w]['ax'].clone()
eta = float(opt.state[w]['eta'])

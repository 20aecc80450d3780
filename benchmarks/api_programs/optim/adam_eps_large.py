# api: torch.optim.Adam
import torch

w = torch.tensor([1.0, -2.0, 3.0, 0.5], requires_grad=True)
target = torch.tensor([0.5, 0.25, -1.0, 2.0])
scale = torch.tensor([1.0, 2.0, 0.5, 3.0])
opt = torch.optim.Adam([w], lr=0.05, eps=0.1)

losses = []
for _ in range(4):
    opt.zero_grad()
    loss = ((w - target) ** 2 * scale).sum() + (w ** 3).sum() * 0.05
    loss.backward()
    opt.step()
    losses.append(loss.item())
w_final = w.detach().clone()

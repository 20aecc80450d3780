# api: torch.optim.SGD
import torch

w = torch.tensor([1.0, -2.0, 3.0, 0.5], requires_grad=True)
target = torch.tensor([0.5, 0.25, -1.0, 2.0])
scale = torch.tensor([1.0, 2.0, 0.5, 3.0])
opt = torch.optim.SGD([w], lr=0.05, momentum=0.9, dampening=0.2)

losses = []
for _ in range(4):
    opt.zero_grad()
    loss = ((w - target) ** 2 * scale).sum() + (w ** 3).sum() * 0.05
    loss.backward()
    opt.step()
    losses.append(loss.item())
w_final = w.detach().clone()

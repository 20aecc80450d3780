# api: torch.optim.LBFGS
import torch
x = torch.tensor([1.5, -0.5], requires_grad=True)
opt = torch.optim.LBFGS([x], lr=0.5, max_iter=5, history_size=3)
def closure():
    opt.zero_grad()
    loss = (x[0] - 1) ** 2 + 3 * (x[1] + 2) ** 2 + x[0] * x[1] * 0.5
    loss.backward()
    return loss
losses = []
for _ in range(3):
    losses.append(opt.step(closure).item())
x_final = x.detach().clone()

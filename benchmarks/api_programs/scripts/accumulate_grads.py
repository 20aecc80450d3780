# api: torch.Tensor.backward
import torch
w = torch.tensor([1.0, 1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
opt.zero_grad()
for i in range(2):
    loss = (w * torch.tensor([1.0, 2.0]) * (i + 1)).sum() / 2
    loss.backward()
g = w.grad.clone()
opt.step()
w_final = w.detach()

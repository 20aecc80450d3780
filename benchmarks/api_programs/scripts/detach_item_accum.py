# api: torch.Tensor.detach
import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
running = 0.0
hist = []
for i in range(3):
    loss = (w * (i + 1)).sum()
    running += loss.item()
    hist.append(loss.detach())
stacked = torch.stack(hist)
mean_loss = running / 3

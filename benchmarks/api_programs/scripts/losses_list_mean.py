# api: torch.Tensor.item
import torch
losses = []
for i in range(4):
    losses.append(torch.tensor(float(i)) * 0.5)
avg = sum(losses) / len(losses)
avg_item = (sum(l.item() for l in losses) / len(losses))
mx = max(l.item() for l in losses)
hist = [round(l.item(), 3) for l in losses]

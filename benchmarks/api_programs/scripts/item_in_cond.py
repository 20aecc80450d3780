# api: torch.Tensor.item
import torch
best = float("inf")
improved = []
for v in [3.0, 2.0, 2.5, 1.0]:
    loss = torch.tensor(v) * 2
    if loss.item() < best:
        best = loss.item()
        improved.append(True)
    else:
        improved.append(False)

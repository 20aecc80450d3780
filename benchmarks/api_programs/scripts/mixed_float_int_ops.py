# api: torch.Tensor.float
import torch
correct = 0
total = 0
for preds, ys in [(torch.tensor([1, 0, 1]), torch.tensor([1, 1, 1])), (torch.tensor([0]), torch.tensor([0]))]:
    correct += (preds == ys).sum().item()
    total += ys.size(0)
acc = 100.0 * correct / total
c2 = torch.tensor(0)
c2 += (torch.tensor([1, 2]) > 1).sum()
c2v = c2

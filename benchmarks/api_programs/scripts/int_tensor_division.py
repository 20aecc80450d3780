# api: torch.Tensor.__truediv__
import torch
correct = torch.tensor(7)
total = 10
acc = correct / total
acc2 = correct.float() / total
acc3 = 100 * correct // total
counts = torch.tensor([3, 4])
frac = counts / counts.sum()

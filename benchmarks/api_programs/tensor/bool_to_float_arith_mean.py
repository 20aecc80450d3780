# api: torch.Tensor.float
import torch
preds = torch.tensor([1, 2, 3, 4])
labels = torch.tensor([1, 0, 3, 0])
acc = (preds == labels).float().mean()
acc2 = (preds == labels).sum().float() / len(labels)
acc3 = (preds == labels).double().mean()

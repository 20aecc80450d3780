# api: torch.Tensor.argmax
import torch
logits = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2], [0.1, 0.1, 0.8]])
labels = torch.tensor([1, 2, 2])
acc = (logits.argmax(1) == labels).float().mean()
correct = logits.argmax(dim=1).eq(labels).sum().item()

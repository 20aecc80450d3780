# api: torch.max
import torch
logits = torch.tensor([[0.1, 2.0, 0.3], [1.5, 0.2, 0.1], [0.0, 0.1, 3.0], [2.0, 2.5, 0.0]])
labels = torch.tensor([1, 0, 1, 1])
_, pred = logits.max(1)
pred2 = torch.max(logits, 1)[1]
pred3 = torch.max(logits.data, dim=1).indices
correct = (pred == labels).sum().item()
acc = correct / labels.size(0)
acc2 = pred.eq(labels.view_as(pred)).float().mean().item()
top2 = logits.topk(2, 1, True, True)[1].t()
hits = top2.eq(labels.view(1, -1).expand_as(top2))
top2_acc = hits[:2].reshape(-1).float().sum(0, keepdim=True).mul_(100.0 / 4)
conf, cls = torch.softmax(logits, dim=-1).max(dim=-1)
vals, idxs = torch.max(logits, 0)
min_k = torch.min(logits, dim=1, keepdim=True)
elementwise = torch.max(logits, torch.tensor(1.0))

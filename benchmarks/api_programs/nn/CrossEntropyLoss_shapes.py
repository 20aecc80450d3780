# api: torch.nn.CrossEntropyLoss
import torch
import torch.nn as nn
crit = nn.CrossEntropyLoss()
logits3d = torch.arange(24.).view(2, 3, 4) / 10
target3d = torch.tensor([[0, 1, 2, 1], [2, 2, 0, 0]])
a = crit(logits3d, target3d)
b = nn.CrossEntropyLoss(reduction="none")(logits3d, target3d)
c = nn.CrossEntropyLoss(label_smoothing=0.2)(logits3d[:, :, 0], target3d[:, 0])
d = nn.CrossEntropyLoss(weight=torch.tensor([0.2, 0.3, 0.5]), reduction="sum")(logits3d[:, :, 0], target3d[:, 0])
e = crit(logits3d[:, :, 0], target3d[:, 0].float().long())
f = nn.CrossEntropyLoss(ignore_index=0)(logits3d, target3d)
g = crit(torch.tensor([1.0, 2.0, 0.5]), torch.tensor(1))

# api: torch.nn.CrossEntropyLoss
import torch
logits = torch.tensor([[2.0, 0.5, 0.1], [0.1, 0.2, 3.0], [1.0, 1.0, 1.0]])
target = torch.tensor([0, 2, -100])
crit = torch.nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0, 0.5]), ignore_index=-100)
l1 = crit(logits, target)
crit2 = torch.nn.CrossEntropyLoss(reduction="sum")
l2 = crit2(logits, torch.tensor([0, 2, 1]))
crit3 = torch.nn.CrossEntropyLoss(label_smoothing=0.1)
l3 = crit3(logits, torch.tensor([0, 2, 1]))

# api: torch.nn.NLLLoss
import torch
import torch.nn as nn
logits = torch.sin(torch.arange(2 * 4 * 5, dtype=torch.float32)).reshape(2, 4, 5)
target = torch.tensor([[0, 1, 2, 3, 0], [3, 3, 2, 1, 0]])
nll = nn.NLLLoss(weight=torch.tensor([1.0, 2.0, 0.5, 1.0]))(torch.log_softmax(logits, 1), target)
ce_none = nn.CrossEntropyLoss(reduction="none")(logits, target)
ce_w_smooth = nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0, 0.5, 1.0]), label_smoothing=0.2)(logits, target)
bce = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0]))(logits, (logits > 0).float())

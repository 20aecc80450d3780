# api: torch.nn.functional.nll_loss
import torch
import torch.nn.functional as F
logp = F.log_softmax(torch.sin(torch.arange(2 * 3 * 2 * 2, dtype=torch.float32)).reshape(2, 3, 2, 2), dim=1)
tgt = torch.tensor([[[0, 1], [2, 255]], [[1, 1], [0, 2]]])
mean = F.nll_loss(logp, tgt, ignore_index=255)
none = F.nll_loss(logp, tgt, ignore_index=255, reduction="none")

# api: torch.nn.functional.nll_loss
import torch
import torch.nn.functional as F
logp = torch.log_softmax(torch.sin(torch.arange(12.)).reshape(4, 3), 1)
t = torch.tensor([0, 2, 1, 2])
a = F.nll_loss(logp, t, weight=torch.tensor([2.0, 1.0, 0.5]), reduction="none")
b = F.nll_loss(logp, t, ignore_index=2, reduction="sum")
c = F.nll_loss(logp[0], t[0])

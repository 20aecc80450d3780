# api: torch.nn.functional.nll_loss
import torch
import torch.nn.functional as F
logp = F.log_softmax(torch.sin(torch.arange(12.)).reshape(4, 3), 1)
t = torch.tensor([0, 2, 1, 2])
a = F.nll_loss(logp, t, None, None, -100, None, "sum")
b = F.mse_loss(logp, torch.zeros(4, 3), None, None, "none")
c = F.l1_loss(logp, torch.ones(4, 3), reduction="sum")
d = F.binary_cross_entropy(torch.sigmoid(logp), torch.ones(4, 3), None, None, None, "sum")

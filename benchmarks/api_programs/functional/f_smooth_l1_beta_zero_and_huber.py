# api: torch.nn.functional.smooth_l1_loss
import torch
import torch.nn.functional as F
a = torch.tensor([0.1, -0.4, 1.5, 3.0])
b = torch.zeros(4)
beta0 = F.smooth_l1_loss(a, b, beta=0.0)
beta_half = F.smooth_l1_loss(a, b, reduction="none", beta=0.5)
huber = F.huber_loss(a, b, reduction="sum", delta=1.5)

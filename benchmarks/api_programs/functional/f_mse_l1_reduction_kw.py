# api: torch.nn.functional.mse_loss
import torch
import torch.nn.functional as F
a = torch.arange(6.).reshape(2, 3)
b = torch.full((2, 3), 2.0)
mse_sum = F.mse_loss(a, b, reduction="sum")
mse_none = F.mse_loss(input=a, target=b, reduction="none")
l1 = F.l1_loss(a, b)
l1_none = F.l1_loss(a, b, reduction="none")

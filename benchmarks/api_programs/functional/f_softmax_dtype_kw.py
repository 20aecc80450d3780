# api: torch.nn.functional.softmax
import torch
import torch.nn.functional as F
x = torch.arange(6.).reshape(2, 3)
sd = F.softmax(x, dim=1, dtype=torch.float64)
ls = F.log_softmax(x, 0, dtype=torch.float64)
neg = F.softmax(x, -2)
sm = F.softmin(x, dim=1)

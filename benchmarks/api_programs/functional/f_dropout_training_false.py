# api: torch.nn.functional.dropout
import torch
import torch.nn.functional as F
x = torch.arange(6.).reshape(2, 3)
off = F.dropout(x, p=0.5, training=False)
zero = F.dropout(x, 0.0)
full = F.dropout(x, p=1.0)
shape = F.dropout(x, 0.3, True).shape

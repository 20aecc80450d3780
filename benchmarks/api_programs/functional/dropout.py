# api: torch.nn.functional.dropout
import torch
import torch.nn.functional as F
x = torch.ones(4)
y = F.dropout(x, 0.5, training=False)

# api: torch.nn.functional.alpha_dropout
import torch
import torch.nn.functional as F
x = torch.ones(3, 3)
y = F.alpha_dropout(x, p=0.5, training=False)

# api: torch.dropout_
import torch
x = torch.arange(1., 7.).reshape(2, 3)
torch.dropout_(x, 0.3, False)
h = torch.ones(4)
torch.dropout_(h, 1.0, True)

# api: torch.nn.functional.dropout
import torch
import torch.nn.functional as F
x = torch.ones(64, 32)
F.dropout(x, p=0.5, training=True, inplace=True)
results = {"values": torch.unique(x), "shape": x.shape}

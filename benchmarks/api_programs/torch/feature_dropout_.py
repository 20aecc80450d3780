# api: torch.feature_dropout_
import torch
x = torch.arange(12.).reshape(3, 4) - 5
r = torch.feature_dropout_(x, 0.3, False)
same = r is x

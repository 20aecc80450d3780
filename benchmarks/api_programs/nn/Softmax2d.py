# api: torch.nn.Softmax2d
import torch
import torch.nn as nn
y = nn.Softmax2d()(torch.arange(8.).reshape(1, 2, 2, 2))

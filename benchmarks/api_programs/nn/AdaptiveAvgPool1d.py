# api: torch.nn.AdaptiveAvgPool1d
import torch
import torch.nn as nn
pool = nn.AdaptiveAvgPool1d(4)
signal = torch.arange(20.).reshape(2, 1, 10)
pooled = pool(signal)

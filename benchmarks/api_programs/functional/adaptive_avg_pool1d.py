# api: torch.nn.functional.adaptive_avg_pool1d
import torch
import torch.nn.functional as F
signal = torch.arange(14.).reshape(1, 2, 7)
pooled = F.adaptive_avg_pool1d(signal, 3)
pooled_one = F.adaptive_avg_pool1d(signal, output_size=1)

# api: torch.nn.functional.avg_pool1d
import torch
import torch.nn.functional as F
signal = torch.tensor([[[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]]])
pooled = F.avg_pool1d(signal, kernel_size=3, stride=2)
pooled_padded = F.avg_pool1d(signal, 2, padding=1, count_include_pad=False)
pooled_ceil = F.avg_pool1d(signal, 2, ceil_mode=True)

# api: torch.nn.functional.adaptive_max_pool1d
import torch
import torch.nn.functional as F
signal = torch.tensor([[[1.0, 5.0, 2.0, 8.0, 3.0, 0.0, 7.0]]])
pooled = F.adaptive_max_pool1d(signal, 3)
pooled2, indices = F.adaptive_max_pool1d(signal, output_size=2, return_indices=True)

# api: torch.nn.functional.adaptive_max_pool1d_with_indices
import torch
import torch.nn.functional as F
signal = torch.tensor([[[4.0, 1.0, 9.0, 2.0, 6.0, 3.0]], [[0.0, 7.0, 5.0, 8.0, 1.0, 2.0]]])
values, indices = F.adaptive_max_pool1d_with_indices(signal, 3)

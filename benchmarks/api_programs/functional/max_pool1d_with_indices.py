# api: torch.nn.functional.max_pool1d_with_indices
import torch
import torch.nn.functional as F
signal = torch.tensor([[[3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0]]])
values, indices = F.max_pool1d_with_indices(signal, 2)
values_s, indices_s = F.max_pool1d_with_indices(signal, kernel_size=3, stride=2, padding=1)

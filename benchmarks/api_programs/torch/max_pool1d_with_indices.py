# api: torch.max_pool1d_with_indices
import torch
x = torch.tensor([[[1.0, 3.0, 2.0, 5.0, 4.0, 0.0]], [[6.0, 2.0, 7.0, 1.0, 0.0, 8.0]]])
pooled, indices = torch.max_pool1d_with_indices(x, 2)
wide, wide_idx = torch.max_pool1d_with_indices(x, kernel_size=3, stride=2)

# api: torch.nn.functional.max_unpool1d
import torch
import torch.nn.functional as F
x = torch.tensor([[[1.0, 3.0, 2.0, 5.0]]])
out, idx = F.max_pool1d(x, 2, return_indices=True)
y = F.max_unpool1d(out, idx, 2)

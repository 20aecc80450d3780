# api: torch.nn.functional.max_pool1d
import torch
import torch.nn.functional as F
y = F.max_pool1d(torch.tensor([[[1.0, 3.0, 2.0, 5.0, 4.0]]]), 2)

# api: torch.tril_indices
import torch
idx = torch.tril_indices(3, 3)
idx_off = torch.tril_indices(4, 3, offset=-1)

# api: torch.triu_indices
import torch
i = torch.triu_indices(3, 3, 1)

# api: torch.clip
import torch
c = torch.clip(torch.tensor([1, 5, 10]), 2, 8)

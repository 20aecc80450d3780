# api: torch.count_nonzero
import torch
c = torch.count_nonzero(torch.tensor([[0, 1], [2, 0]]), dim=1)

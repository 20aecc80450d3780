# api: torch.block_diag
import torch
b = torch.block_diag(torch.ones(1, 2), torch.tensor([[5]]))

# api: torch.linalg.svdvals
import torch
A = torch.tensor([[3.0, 2.0, 2.0], [2.0, 3.0, -2.0]])
s = torch.linalg.svdvals(A)
batch = torch.arange(12.).reshape(2, 3, 2)
s_batch = torch.linalg.svdvals(batch)

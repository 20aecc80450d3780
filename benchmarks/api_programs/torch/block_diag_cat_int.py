# api: torch.block_diag
import torch
a = torch.tensor([[1, 2]])
b = torch.tensor([[3], [4]])
bd = torch.block_diag(a, b)
bf = torch.block_diag(torch.ones(1, 1), torch.tensor([[2.0]]))
bd_dtype = bd.dtype

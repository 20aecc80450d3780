# api: torch.Tensor.is_sparse
import torch
x = torch.eye(3)
sparse = x.is_sparse

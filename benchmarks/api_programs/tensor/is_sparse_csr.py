# api: torch.Tensor.is_sparse_csr
import torch
x = torch.eye(2)
csr = x.is_sparse_csr

# api: torch.Tensor.ndim
import torch
x = torch.ones(2, 3, 4)
dims = x.ndim
scalar_dims = torch.tensor(3.0).ndim

# api: torch.Tensor.to_dense
import torch
x = torch.tensor([[1.0, 0.0], [0.0, 2.0]])
dense = x.to_dense()
round_trip = x.to_sparse().to_dense()

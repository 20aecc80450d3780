# api: torch.Tensor.to_sparse
import torch
x = torch.tensor([[0, 2, 0], [3, 0, 4]])
sp = x.to_sparse()
results = {
    "is_sparse": sp.is_sparse,
    "indices": sp.indices(),
    "values": sp.values(),
    "dense": sp.to_dense(),
}

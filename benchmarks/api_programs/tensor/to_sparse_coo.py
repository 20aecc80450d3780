# api: torch.Tensor.to_sparse_coo
import torch
x = torch.tensor([[1.0, 0.0, 0.0], [0.0, 0.0, -2.5]])
coo = x.to_sparse_coo()
coo = coo.coalesce()
results = {
    "layout_is_coo": coo.layout == torch.sparse_coo,
    "indices": coo.indices(),
    "values": coo.values(),
    "dense": coo.to_dense(),
}

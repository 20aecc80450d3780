# api: torch.spmm
import torch
adjacency = torch.sparse_coo_tensor(torch.tensor([[0, 0, 1, 2], [1, 2, 0, 1]]), torch.tensor([1.0, 1.0, 1.0, 1.0]), (3, 3))
features = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
aggregated = torch.spmm(adjacency, features)
results = {"aggregated": aggregated}

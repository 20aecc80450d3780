# api: torch.sparse_coo_tensor
import torch
indices = torch.tensor([[0, 1, 1], [2, 0, 2]])
values = torch.tensor([3.0, 4.0, 5.0])
dense = torch.sparse_coo_tensor(indices, values, (2, 3)).to_dense()
duplicates = torch.sparse_coo_tensor(torch.tensor([[0, 0, 2]]), torch.tensor([1, 2, 7]), size=(4,))
summed = duplicates.to_dense()
nnz = duplicates.coalesce().values()
results = {"dense": dense, "summed": summed, "nnz": nnz}

# api: torch.nuclear_norm
import torch
A = torch.tensor([[3.0, 1.0, 0.0], [1.0, 2.0, -1.0]])
n = torch.nuclear_norm(A)
n_keep = torch.nuclear_norm(A, keepdim=True)
batch = torch.stack([A, 2 * A])
n_batch = torch.nuclear_norm(batch, dim=(1, 2))

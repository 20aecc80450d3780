# api: torch.linalg.svd
import torch
A = torch.tensor([[3.0, 2.0, 2.0], [2.0, 3.0, -2.0]])
U, S, Vh = torch.linalg.svd(A, full_matrices=False)
reconstructed = U @ torch.diag(S) @ Vh
U_full, S_full, Vh_full = torch.linalg.svd(A)
results = {"S": S, "reconstructed": reconstructed, "U_shape": U.shape, "Vh_shape": Vh.shape,
           "S_full": S_full, "U_full_shape": U_full.shape, "Vh_full_shape": Vh_full.shape}

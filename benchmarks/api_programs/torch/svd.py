# api: torch.svd
import torch
A = torch.tensor([[3.0, 1.0], [1.0, 3.0], [0.0, 2.0]])
U, S, V = torch.svd(A)
reconstructed = U @ torch.diag(S) @ V.T
full = torch.svd(A, some=False)
values_only = torch.svd(A, compute_uv=False).S
results = {
    "S": S,
    "reconstructed": reconstructed,
    "U_shape": U.shape,
    "V_shape": V.shape,
    "U_full_shape": full.U.shape,
    "values_only": values_only,
}

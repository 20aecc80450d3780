# api: torch.Tensor.svd
import torch
A = torch.tensor([[3.0, 0.0], [0.0, -2.0], [0.0, 0.0]])
U, S, V = A.svd()
reconstructed = U @ torch.diag(S) @ V.t()
U_full, S_full, V_full = A.svd(some=False)
results = {
    "S": S,
    "reconstructed": reconstructed,
    "U_shape": U.shape,
    "V_shape": V.shape,
    "U_full_shape": U_full.shape,
    "S_full": S_full,
}

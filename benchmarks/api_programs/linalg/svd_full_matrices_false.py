# api: torch.linalg.svd
import torch
A = torch.tensor([[3.0, 1.0, 1.0], [-1.0, 3.0, 1.0]])
U, S, Vh = torch.linalg.svd(A, full_matrices=False)
res = torch.linalg.svd(A)
results = {
    "S": S,
    "recon": U @ torch.diag(S) @ Vh,
    "U_abs": U.abs(),
    "shapes": (U.shape, S.shape, Vh.shape),
    "full_shapes": (res.U.shape, res.S.shape, res.Vh.shape),
    "svdvals": torch.linalg.svdvals(A.unsqueeze(0).repeat(2, 1, 1)),
}

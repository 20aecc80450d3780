# api: torch.linalg.eigh
import torch
A = torch.tensor([[[2.0, 1.0], [1.0, 2.0]], [[4.0, 0.0], [0.0, 1.0]]])
w, V = torch.linalg.eigh(A)
recon = V @ torch.diag_embed(w) @ V.transpose(-1, -2)
wl = torch.linalg.eigvalsh(A, UPLO='U')
res = torch.linalg.eigh(A[0])
ev = res.eigenvalues

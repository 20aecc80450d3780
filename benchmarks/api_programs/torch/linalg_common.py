# api: torch.linalg.inv
import torch
a = torch.tensor([[4.0, 1.0], [2.0, 3.0]])
inv = torch.linalg.inv(a)
det = torch.det(a)
inv2 = a.inverse()
sol = torch.linalg.solve(a, torch.tensor([1.0, 2.0]))
eigvals = torch.linalg.eigvalsh(a @ a.T)
n = torch.linalg.matrix_norm(a)
pinv = torch.linalg.pinv(a)
q, r = torch.linalg.qr(a)
recon = q @ r
chol = torch.linalg.cholesky(a @ a.T)
svals = torch.linalg.svdvals(a)
mp = torch.matrix_power(a, 3)

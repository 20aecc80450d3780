# api: torch.linalg.qr
import torch
A = torch.tensor([[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], [[2.0, 0.0], [0.0, 3.0], [1.0, 1.0]]])
Q, R = torch.linalg.qr(A)
recon = Q @ R
Qc, Rc = torch.linalg.qr(A, mode='complete')
shapes = (Qc.shape, Rc.shape)
r_only = torch.linalg.qr(A[0], mode='r').R
recon_c = Qc @ Rc
absR = R.abs()

# api: torch.linalg.slogdet
import torch
A = torch.tensor([[[0.0, 1.0], [1.0, 0.0]], [[2.0, 0.0], [0.0, 3.0]]])
sign, logabs = torch.linalg.slogdet(A)
res = torch.slogdet(A[1])
s1 = res.sign
l1 = res.logabsdet

# api: torch.linalg.qr
import torch
q, r = torch.linalg.qr(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
check = q @ r

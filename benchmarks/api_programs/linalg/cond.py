# api: torch.linalg.cond
import torch
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
c2 = torch.linalg.cond(a)
c_fro = torch.linalg.cond(a, 'fro')
batch = torch.tensor([[[2.0, 0.0], [0.0, 1.0]], [[1.0, 1.0], [0.0, 1.0]]])
c_batch = torch.linalg.cond(batch, p=1)

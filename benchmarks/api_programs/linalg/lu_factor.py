# api: torch.linalg.lu_factor
import torch
a = torch.tensor([[4.0, 3.0], [6.0, 3.0]])
lu, piv = torch.linalg.lu_factor(a)

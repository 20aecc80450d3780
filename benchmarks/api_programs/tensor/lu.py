# api: torch.Tensor.lu
import torch
A = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 10.0]])
LU, pivots = A.lu()
LU2, pivots2, infos = A.lu(get_infos=True)

# api: torch.linalg.lstsq
import torch
A = torch.tensor([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0], [1.0, 4.0]])
B = torch.tensor([[6.0], [5.0], [7.0], [10.0]])
solution = torch.linalg.lstsq(A, B).solution
X = torch.linalg.lstsq(A, torch.cat([B, 2 * B], dim=1), rcond=None).solution

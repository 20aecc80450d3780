# api: torch.linalg.det
import torch
s = torch.linalg.det(torch.tensor([[1.0, 2.0], [2.0, 4.0]]))
i = torch.linalg.det(torch.eye(4))
neg = torch.linalg.det(torch.tensor([[0.0, 1.0], [1.0, 0.0]]))
three = torch.linalg.det(torch.tensor([[2.0, 0.0, 1.0], [1.0, 3.0, 2.0], [1.0, 1.0, 1.0]]))

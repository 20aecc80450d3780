# api: torch.outer
import torch
a = torch.tensor([1, 2, 3])
b = torch.tensor([1.0, -1.0])
o = torch.outer(a, b)
g = torch.ger(b, b)
k = torch.kron(torch.eye(2), torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
c = torch.cross(torch.tensor([[1.0, 0.0, 0.0]]), torch.tensor([[0.0, 1.0, 0.0]]), dim=1)
dt = torch.dot(torch.tensor([1, 2]), torch.tensor([3, 4]))

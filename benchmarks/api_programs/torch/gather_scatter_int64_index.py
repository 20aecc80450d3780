# api: torch.gather
import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
g = torch.gather(x, 1, torch.tensor([[0, 0], [1, 0]]))
s = torch.zeros(2, 3).scatter(1, torch.tensor([[0], [2]]), 5.0)
sa = torch.scatter_add(torch.zeros(3), 0, torch.tensor([0, 1, 0, 2]), torch.tensor([1.0, 2.0, 3.0, 4.0]))
sr = torch.scatter_reduce(torch.ones(3), 0, torch.tensor([0, 0, 2]), torch.tensor([5.0, 7.0, 2.0]), reduce='amax')
sm = torch.scatter(torch.zeros(2, 2), dim=0, index=torch.tensor([[1, 0]]), src=torch.tensor([[9.0, 8.0]]))

# api: torch.scatter_add
import torch
src = torch.tensor([[1, 2, 3], [4, 5, 6]])
idx = torch.tensor([[0, 1, 0], [1, 0, 1]])
sa = torch.scatter_add(torch.zeros(2, 2, dtype=torch.int64), -1, idx[:, :2], src[:, :2])
g = torch.gather(src, -1, torch.tensor([[2], [0]]))
s = torch.scatter(torch.zeros(2, 3, dtype=torch.int64), 1, idx, src)
sr = torch.scatter_reduce(torch.zeros(2, 2), 1, idx[:, :2], src[:, :2].float(), reduce='sum', include_self=False)
sm = torch.scatter_reduce(torch.full((3,), 10.0), 0, torch.tensor([0, 0, 1]), torch.tensor([1.0, 3.0, 5.0]), reduce='mean')

# api: torch.index_put_
import torch
x = torch.zeros(3, 3)
rows = torch.tensor([0, 1, 2])
cols = torch.tensor([2, 1, 0])
torch.index_put_(x, (rows, cols), torch.tensor([1.0, 2.0, 3.0]))
acc = torch.zeros(4)
torch.index_put_(acc, (torch.tensor([0, 0, 3]),), torch.tensor([1.0, 2.0, 5.0]), accumulate=True)

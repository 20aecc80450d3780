# api: torch.index_copy
import torch
x = torch.zeros(3, 2)
ic = torch.index_copy(x, 0, torch.tensor([2, 0]), torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
ip = torch.index_put(x, (torch.tensor([0, 1]), torch.tensor([1, 0])), torch.tensor([5.0, 6.0]))
ipa = torch.index_put(torch.zeros(3), (torch.tensor([0, 0, 2]),), torch.tensor([1.0, 1.0, 1.0]), accumulate=True)

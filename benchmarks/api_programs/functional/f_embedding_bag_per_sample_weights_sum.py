# api: torch.nn.functional.embedding_bag
import torch
import torch.nn.functional as F
w = torch.arange(10.).reshape(5, 2)
a = F.embedding_bag(torch.tensor([0, 1, 4, 2]), w, torch.tensor([0, 1]), mode="sum", per_sample_weights=torch.tensor([2.0, 1.0, -1.0, 0.5]))
b = F.embedding_bag(torch.tensor([[0, 1], [4, 4]]), w, mode="max")
c = F.embedding_bag(torch.tensor([0, 1, 4, 2]), w, torch.tensor([0, 1, 4]), mode="mean", include_last_offset=True)

# api: torch.nn.functional.cosine_similarity
import torch
import torch.nn.functional as F
a = torch.arange(6.).reshape(2, 1, 3)
b = torch.arange(9.).reshape(1, 3, 3)
c = F.cosine_similarity(a, b, dim=-1)
d = F.cosine_similarity(torch.tensor([1.0, 0.0]), torch.tensor([0.0, 1.0]), dim=0)
p = F.pairwise_distance(torch.ones(2, 3), torch.zeros(2, 3), p=3.0, eps=0.0)

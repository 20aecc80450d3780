# api: torch.nn.functional.cosine_similarity
import torch
import torch.nn.functional as F
a = torch.tensor([[0.0, 0.0], [1.0, 2.0], [1e-5, 0.0]])
b = torch.tensor([[1.0, 1.0], [2.0, 4.0], [1.0, 0.0]])
default = F.cosine_similarity(a, b)
big_eps = F.cosine_similarity(a, b, dim=1, eps=0.5)
dim0 = F.cosine_similarity(a, b, dim=0)

# api: torch.renorm
import torch
x = torch.tensor([[3.0, 4.0], [0.3, 0.4]])
r = torch.renorm(x, p=2, dim=0, maxnorm=1.0)
c = torch.cosine_similarity(x, torch.tensor([[1.0, 0.0], [0.0, 1.0]]))
p = torch.pairwise_distance(x, torch.zeros(2, 2))

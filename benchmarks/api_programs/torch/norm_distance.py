# api: torch.Tensor.norm
import torch
x = torch.tensor([[3.0, 4.0], [0.0, 0.0], [1.0, 1.0]])
a = x.norm(p=2, dim=1, keepdim=True).clamp(min=1e-12)
b = x / x.norm(dim=-1, keepdim=True).clamp_min(1e-6)
c = torch.norm(x, 1)
d = torch.norm(x - x[0], dim=1)
e = x.pow(2).sum(1).sqrt()
f = torch.linalg.norm(x, ord=2, dim=-1)
g = torch.dist(x[0], x[2])
h = (x[:, None] - x[None]).norm(dim=-1)
i = torch.cosine_similarity(x[0:1], x[2:3])
j = torch.nn.functional.normalize(x, dim=1, eps=1e-8)

# api: torch.linalg.vector_norm
import torch
x = torch.tensor([[1.0, -2.0], [3.0, -4.0]])
a = torch.linalg.vector_norm(x)
b = torch.linalg.vector_norm(x, ord=1, dim=-1)
c = torch.linalg.vector_norm(x, ord=float('inf'))
d = torch.linalg.vector_norm(x, 3, dim=(0, 1), keepdim=True)
e = torch.linalg.vector_norm(x, ord=0, dim=0)
f = torch.linalg.vector_norm(x.half(), dtype=torch.float32)
f_dtype = f.dtype

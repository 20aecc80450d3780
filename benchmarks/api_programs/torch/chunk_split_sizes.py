# api: torch.split
import torch
x = torch.arange(10)
a = torch.split(x, 3)
b = torch.split(x, [2, 3, 5])
c = torch.chunk(x, 4)
d = torch.tensor_split(x, [1, 4])
e = torch.tensor_split(x, 3)
n_chunks = len(c)
sizes = [t.shape[0] for t in c]

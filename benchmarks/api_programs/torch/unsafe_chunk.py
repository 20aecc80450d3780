# api: torch.unsafe_chunk
import torch
x = torch.arange(10)
chunks = torch.unsafe_chunk(x, 3)
m = torch.arange(12.0).reshape(3, 4)
halves = torch.unsafe_chunk(m, 2, dim=1)

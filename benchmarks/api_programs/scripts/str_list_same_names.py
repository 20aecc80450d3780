# api: torch.Tensor.split
import torch
line = "a,b,c"
parts = line.split(",")
x = torch.arange(6)
chunks = x.split(2)
first_chunk = chunks[0]
lst = [3, 1, 2]
idx = lst.index(1)
lst.sort()
name = "ab".repeat if hasattr("ab", "repeat") else "n"
word = "ab" * 3
ex = "  x ".strip()
r = x.repeat(2)

# api: torch.utils.data.RandomSampler
import torch
from torch.utils.data import RandomSampler
s = RandomSampler(range(10), replacement=True, num_samples=25, generator=torch.Generator().manual_seed(3))
n = len(s)
drawn = len(list(s))
s2 = RandomSampler(range(6))
perm_sorted = sorted(list(s2))

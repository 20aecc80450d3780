# api: torch.utils.data.WeightedRandomSampler
import torch
from torch.utils.data import WeightedRandomSampler
s = WeightedRandomSampler([0.0, 1.0, 0.0, 1.0], num_samples=20, replacement=True)
drawn = sorted(set(list(s)))
n = len(s)

# api: torch.utils.data.DataLoader
import torch
from torch.utils.data import DataLoader
samples = [(torch.tensor([float(i), float(-i)]), i, i * 0.5) for i in range(5)]
loader = DataLoader(samples, batch_size=2)
batches = list(loader)
xs = [b[0] for b in batches]
ints = [b[1] for b in batches]
floats = [b[2] for b in batches]
int_dtype = ints[0].dtype
float_dtype = floats[0].dtype

# api: torch.utils.data.default_collate
import torch
from torch.utils.data import default_collate
scalars = default_collate([torch.tensor(1.5), torch.tensor(2.5), torch.tensor(-1.0)])
shape = scalars.shape
long_scalars = default_collate([torch.tensor(3), torch.tensor(4)])

# api: torch.utils.data.DataLoader
import numpy as np
import torch
from torch.utils.data import DataLoader
data = [np.linspace(0, 1, 3) * i for i in range(4)]
batches = list(DataLoader(data, batch_size=3))
dtype = batches[0].dtype

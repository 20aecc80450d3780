# api: torch.from_numpy
import torch
import numpy as np
a = torch.from_numpy(np.array([2**40, 5], dtype=np.int64))
b = a + 1
c = a.dtype

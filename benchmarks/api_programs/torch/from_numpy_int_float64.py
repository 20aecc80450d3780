# api: torch.from_numpy
import numpy as np
import torch
a = torch.from_numpy(np.array([1, 2, 3], dtype=np.int64))
b = torch.from_numpy(np.arange(6, dtype=np.float64).reshape(2, 3))
c = torch.from_numpy(np.array([0.5, 1.5], dtype=np.float32)) * 2
a_dtype = a.dtype
b_dtype = b.dtype

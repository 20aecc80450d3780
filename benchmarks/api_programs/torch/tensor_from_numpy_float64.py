# api: torch.tensor
import torch
import numpy as np
arr = np.array([1.5, 2.5])
t = torch.tensor(arr)
t_dtype = t.dtype
ai = np.array([1, 2, 3])
ti = torch.tensor(ai)
ti_dtype = ti.dtype
a32 = np.array([1, 2], dtype=np.int32)
t32 = torch.tensor(a32)
t32_dtype = t32.dtype

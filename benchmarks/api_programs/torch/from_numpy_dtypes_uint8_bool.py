# api: torch.from_numpy
import torch
import numpy as np
a = torch.from_numpy(np.array([1, 255], dtype=np.uint8))
a_dtype = a.dtype
b = torch.from_numpy(np.array([True, False]))
b_dtype = b.dtype
c = torch.from_numpy(np.zeros((2, 2)))
c_dtype = c.dtype
d = torch.from_numpy(np.array([1, 2], dtype=np.int16))
d_dtype = d.dtype

# api: torch.Tensor.__mul__
import torch
import numpy as np
x = torch.tensor([1.0, 2.0])
a = x * np.float64(2.5)
b = x + np.int64(3)
c = torch.arange(3) * np.float32(0.5)
dtypes = (a.dtype, b.dtype, c.dtype)

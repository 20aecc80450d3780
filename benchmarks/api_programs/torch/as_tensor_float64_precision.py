# api: torch.as_tensor
import torch
import numpy as np
a = torch.as_tensor(np.array([1.0 + 1e-12, 1.0]))
d = a[0] - a[1]
e = a.dtype

# api: torch.from_numpy
import torch
import numpy as np
a = np.zeros(3, dtype=np.float32)
t = torch.from_numpy(a)
a[0] = 5.
r = t.clone()

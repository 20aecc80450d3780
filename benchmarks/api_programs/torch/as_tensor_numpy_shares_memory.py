# api: torch.as_tensor
import torch
import numpy as np
a = np.zeros(3, dtype=np.float32)
t = torch.as_tensor(a)
t.add_(2)
r = a.copy()

# api: torch.from_numpy
import torch
import numpy as np
a = torch.from_numpy(np.array([[1.0, 2.0]], dtype=np.float32))
b = torch.from_numpy(np.arange(3))

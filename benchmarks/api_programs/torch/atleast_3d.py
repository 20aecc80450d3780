# api: torch.atleast_3d
import torch
from_scalar = torch.atleast_3d(torch.tensor(0.5))
from_vec = torch.atleast_3d(torch.arange(3))
from_mat = torch.atleast_3d(torch.arange(6.).reshape(2, 3))
shapes = [t.shape for t in torch.atleast_3d((torch.tensor(1.0), torch.ones(2)))]

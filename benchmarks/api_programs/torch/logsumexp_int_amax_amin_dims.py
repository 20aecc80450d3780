# api: torch.amax
import torch
x = torch.tensor([[[1, 5], [3, 2]], [[0, 9], [4, 4]]])
a = torch.amax(x, dim=(1, 2))
b = torch.amin(x, dim=-1, keepdim=True)
c = torch.amax(x, 0)
d = torch.logsumexp(x.float(), dim=[1, 2])
a_dtype = a.dtype
